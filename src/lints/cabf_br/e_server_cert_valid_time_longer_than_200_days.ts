/*
 * BRs 6.3.2 (Ballot SC81): Subscriber Certificates issued on or after 15 March
 * 2026 and before 15 March 2027 SHOULD NOT have a Validity Period greater than
 * 199 days and MUST NOT have one greater than 200 days; from 15 March 2027 to
 * 15 March 2029, 99 and 100 days; from 15 March 2029, 46 and 47 days. The
 * Validity Period is notBefore through notAfter inclusive (RFC 5280 4.1.2.5).
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { validityAtMostDays } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_server_cert_valid_time_longer_than_200_days',
  description:
    'TLS server certificates issued from 15 March 2026 to 14 March 2027 must not have a validity period greater than 200 days',
  citation: 'BRs: 6.3.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc81Step1,
  ineffectiveDate: RuleDate.sc81Step2,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => validityAtMostDays(cert, 200),
};
