/*
 * BRs 6.1.6: "Additionally, the public exponent SHOULD be in the range between
 * 2^16+1 and 2^256-1."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { rsaKeyCheck } from '../util/key_checks.js';

const LOW = 2n ** 16n + 1n;
const HIGH = 2n ** 256n - 1n;

export const lint: CertificateLint = {
  name: 'w_rsa_public_exponent_not_in_range',
  description: 'RSA: the public exponent should be between 2^16+1 and 2^256-1',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  ...rsaKeyCheck((key) =>
    check(
      key.exponent >= LOW && key.exponent <= HIGH,
      `RSA public exponent ${key.exponent} is outside [2^16+1, 2^256-1]`,
    ),
  ),
};
