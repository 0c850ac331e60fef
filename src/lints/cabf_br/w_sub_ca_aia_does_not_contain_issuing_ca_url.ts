/*
 * BRs 7.1.2.2 c (Subordinate CA Certificate, authorityInformationAccess), BR 1.x:
 * "It SHOULD contain the HTTP URL of the Issuing CA's certificate (accessMethod =
 * 1.3.6.1.5.5.7.48.2)." Superseded by the BR 2.0.0 profiles (7.1.2.10.3), where
 * caIssuers is optional.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isRootCA, isServerAuth } from '../../x509/classify.js';
import { caIssuersUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_ca_aia_does_not_contain_issuing_ca_url',
  description: 'Subordinate CA AIA should contain an http:// URL of the issuing CA certificate (BR 1.x)',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert) && !isRootCA(cert),
  run: (cert) =>
    check(
      caIssuersUrls(cert).some((u) => u.startsWith('http://')),
      'no http:// caIssuers URL in authorityInformationAccess',
    ),
};
