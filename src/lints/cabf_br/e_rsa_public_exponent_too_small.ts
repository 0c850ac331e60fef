/*
 * BRs 6.1.6: "RSA: The CA SHALL confirm that the value of the public exponent
 * is an odd number equal to 3 or more."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { rsaKeyCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_rsa_public_exponent_too_small',
  description: 'RSA: the public exponent must be 3 or more',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  ...rsaKeyCheck((key) => check(key.exponent >= 3n, `RSA public exponent ${key.exponent} is below 3`)),
};
