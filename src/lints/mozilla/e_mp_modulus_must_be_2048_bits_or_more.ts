/*
 * Mozilla Root Store Policy 5.1: RSA keys "whose modulus size in bits is
 * divisible by 8, and is at least 2048".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRsa } from '../../x509/classify.js';
import { rsaKeyCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_mp_modulus_must_be_2048_bits_or_more',
  description: 'RSA moduli must be at least 2048 bits',
  citation: 'Mozilla Root Store Policy: 5.1',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla24,
  target: 'certificate',
  ...rsaKeyCheck((key) => check(key.bits >= 2048, `RSA modulus is ${key.bits} bits`), isRsa),
};
