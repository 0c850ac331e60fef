/*
 * RFC 5280 4.2.2.1: "When the id-ad-caIssuers accessMethod is used, at least
 * one instance SHOULD specify an accessLocation that is an HTTP [RFC2616] or
 * LDAP [RFC4516] URI."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { isHttpOrLdapUri } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_aia_access_location_missing',
  description:
    'When id-ad-caIssuers is used, at least one accessLocation should be an HTTP or LDAP URI (zlint skips non-URI locations)',
  citation: 'RFC 5280: 4.2.2.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.authorityInfoAccess?.some((a) => a.method === OID.caIssuers) === true,
  run: (cert) =>
    check(
      (cert.extensions.authorityInfoAccess ?? []).some(
        (a) => a.method === OID.caIssuers && a.location.tag === 6 && isHttpOrLdapUri(a.location.value),
      ),
      'no caIssuers accessLocation is an http:// or ldap:// URI',
    ),
};
