/*
 * BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): "When
 * multiple AccessDescriptions are present with the same accessMethod, each
 * accessLocation MUST be unique". URIs are compared ignoring ASCII case, as zlint does.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { caIssuersUrls, ocspUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_aia_unique_access_locations',
  description: 'AIA accessLocations sharing an accessMethod must be distinct (compared ignoring case)',
  citation: 'BRs: 7.1.2.7.7',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) && isSubscriber(cert) && (caIssuersUrls(cert).length > 0 || ocspUrls(cert).length > 0),
  run: (cert) => {
    for (const [what, urls] of [
      ['OCSP', ocspUrls(cert)],
      ['caIssuers', caIssuersUrls(cert)],
    ] as const) {
      const seen = new Set<string>();
      for (const url of urls) {
        const key = url.toLowerCase();
        if (seen.has(key)) return fail(`${what} accessLocation ${url} appears more than once`);
        seen.add(key);
      }
    }
    return pass;
  },
};
