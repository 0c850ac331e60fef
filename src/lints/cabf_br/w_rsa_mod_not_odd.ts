/*
 * BRs 6.1.6: "The modulus SHOULD also have the following characteristics: an
 * odd number, not the power of a prime, and have no factors smaller than 752."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { rsaKeyCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'w_rsa_mod_not_odd',
  description: 'RSA: the modulus should be odd',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  ...rsaKeyCheck((key) => {
    const last = key.modulus[key.modulus.length - 1] ?? 0;
    return check((last & 1) === 1, 'RSA modulus is even');
  }),
};
