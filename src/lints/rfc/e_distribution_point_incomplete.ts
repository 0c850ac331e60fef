/*
 * RFC 5280 4.2.1.13: "While each of these fields is optional, a
 * DistributionPoint MUST NOT consist of only the reasons field; either
 * distributionPoint or cRLIssuer MUST be present."
 * A DistributionPoint with neither (reasons or not) is flagged; zlint flags
 * only the one that has reasons.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_distribution_point_incomplete',
  description:
    'Each DistributionPoint must contain distributionPoint or cRLIssuer (zlint flags only those that have reasons)',
  citation: 'RFC 5280: 4.2.1.13',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.crlDistributionPoints),
  run: (cert) => {
    const dps = cert.extensions.crlDistributionPoints;
    if (!dps) return notApplicable;
    const incomplete = dps.filter(
      (dp) => dp.fullName === undefined && dp.relativeName === undefined && dp.crlIssuer === undefined,
    ).length;
    return check(
      incomplete === 0,
      `${incomplete} DistributionPoint(s) without distributionPoint or cRLIssuer`,
    );
  },
};
