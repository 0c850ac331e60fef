/*
 * BRs 6.1.6: "RSA: The CA SHALL confirm that the value of the public exponent
 * is an odd number equal to 3 or more."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { rsaKeyCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_rsa_public_exponent_not_odd',
  description: 'RSA: the public exponent must be odd',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  ...rsaKeyCheck((key) => check((key.exponent & 1n) === 1n, `RSA public exponent ${key.exponent} is even`)),
};
