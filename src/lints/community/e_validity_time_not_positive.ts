/*
 * awslabs certlint: a certificate must have a positive validity period, i.e.
 * notBefore must not be later than notAfter (RFC 5280 4.1.2.5).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_validity_time_not_positive',
  description: 'notBefore must not be later than notAfter',
  citation: 'awslabs certlint',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(
      cert.notBefore.ms <= cert.notAfter.ms,
      `notBefore ${cert.notBefore.text} is after notAfter ${cert.notAfter.text}`,
    ),
};
