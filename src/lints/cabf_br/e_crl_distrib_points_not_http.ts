/*
 * BR 7.1.2.11.2 (BR 2.0.0, Ballot SC62), CRL Distribution Points: the
 * fullName of each DistributionPoint holds uniformResourceIdentifiers whose
 * "scheme MUST be 'http'".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';

function cdpUris(cert: Certificate): string[] {
  const out: string[] = [];
  for (const dp of cert.extensions.crlDistributionPoints ?? [])
    for (const n of dp.fullName ?? []) if (n.tag === 6) out.push(n.value);
  return out;
}

export const lint: CertificateLint = {
  name: 'e_crl_distrib_points_not_http',
  description: "Every URI of the CRL Distribution Points extension must use the 'http' scheme",
  citation: 'BRs: 7.1.2.11.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) =>
    cert.extensions.crlDistributionPoints?.some((dp) => dp.fullName?.some((n) => n.tag === 6)) === true,
  run: (cert) => {
    const bad = cdpUris(cert).filter((u) => !u.startsWith('http:'));
    return check(bad.length === 0, `non-HTTP CRL distribution points: ${bad.join(', ')}`);
  },
};
