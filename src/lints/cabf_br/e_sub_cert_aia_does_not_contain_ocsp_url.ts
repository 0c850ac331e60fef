/*
 * BRs 7.1.2.3 c (Subscriber Certificate, authorityInformationAccess), BR 1.x: "it
 * MUST contain the HTTP URL of the Issuing CA's OCSP responder (accessMethod =
 * 1.3.6.1.5.5.7.48.1)." Not in force from BR 2.0.0 (the date zlint uses; Ballot SC63
 * later made OCSP optional).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { ocspUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_aia_does_not_contain_ocsp_url',
  description: 'Subscriber AIA must contain an http:// URL of the issuing CA OCSP responder (BR 1.x)',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) =>
    check(
      ocspUrls(cert).some((u) => u.startsWith('http://')),
      'no http:// OCSP URL in authorityInformationAccess',
    ),
};
