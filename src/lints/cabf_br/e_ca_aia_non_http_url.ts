/*
 * BRs 7.1.2.10.3 (CA Certificate Authority Information Access): the id-ad-ocsp
 * location is "A HTTP URL of the Issuing CA's OCSP responder" and the id-ad-caIssuers
 * location "A HTTP URL of the Issuing CA's certificate".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { caIssuersUrls, ocspUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ca_aia_non_http_url',
  description: 'In a subordinate CA certificate, every AIA OCSP and caIssuers URI must be an http:// URL',
  citation: 'BRs: 7.1.2.10.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) && isSubCA(cert) && (caIssuersUrls(cert).length > 0 || ocspUrls(cert).length > 0),
  run: (cert) => {
    for (const url of caIssuersUrls(cert))
      if (!url.toLowerCase().startsWith('http://'))
        return fail(`caIssuers location '${url}' is not an HTTP URL`);
    for (const url of ocspUrls(cert))
      if (!url.toLowerCase().startsWith('http://')) return fail(`OCSP location '${url}' is not an HTTP URL`);
    return pass;
  },
};
