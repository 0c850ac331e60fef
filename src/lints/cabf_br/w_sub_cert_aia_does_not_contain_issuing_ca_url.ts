/*
 * BRs 7.1.2.3 c (Subscriber Certificate, authorityInformationAccess): "It SHOULD
 * also contain the HTTP URL of the Issuing CA's certificate (accessMethod =
 * 1.3.6.1.5.5.7.48.2)."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { caIssuersUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_cert_aia_does_not_contain_issuing_ca_url',
  description: "Subscriber AIA should contain an http:// URL of the issuing CA's certificate",
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert),
  run: (cert) =>
    check(
      caIssuersUrls(cert).some((u) => u.startsWith('http://')),
      'no http:// caIssuers URL in authorityInformationAccess',
    ),
};
