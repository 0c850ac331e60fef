/*
 * RFC 5280 4.2.1.13: "When present, DistributionPointName SHOULD include at
 * least one LDAP or HTTP URI."
 * As zlint does, the whole extension passes when any fullName holds an
 * http:// or ldap:// URI.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isHttpOrLdapUri } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_distribution_point_missing_ldap_or_uri',
  description: 'The cRLDistributionPoints extension should include at least one HTTP or LDAP URI',
  citation: 'RFC 5280: 4.2.1.13',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.crlDistributionPoints),
  run: (cert) => {
    const dps = cert.extensions.crlDistributionPoints;
    if (!dps) return notApplicable;
    return check(
      dps.some((dp) => dp.fullName?.some((n) => n.tag === 6 && isHttpOrLdapUri(n.value))),
      'no distribution point names an http:// or ldap:// URI',
    );
  },
};
