/*
 * BRs 6.1.6: "The modulus SHOULD also have the following characteristics: an
 * odd number, not the power of a prime, and have no factors smaller than 752."
 * [NIST SP 800-89 5.3.3]
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { rsaKeyCheck } from '../util/key_checks.js';
import { smallFactor } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'w_rsa_mod_factors_smaller_than_752',
  description: 'RSA: the modulus should have no prime factor smaller than 752',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  ...rsaKeyCheck((key) => {
    const factor = smallFactor(key.modulus);
    return check(factor === undefined, `RSA modulus is divisible by ${factor}`);
  }),
};
