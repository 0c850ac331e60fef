/*
 * BRs 6.1.5 (to v1.7.0): DSA keys MUST have L = 2048 and N = 224 or 256, or
 * L = 3072 and N = 256 (the sizes of p and q in bits).
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { dsaSizeCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_dsa_improper_modulus_or_divisor_size',
  description: 'DSA keys must have L=2048 and N=224 or 256, or L=3072 and N=256',
  citation: 'BRs v1.7.0: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...dsaSizeCheck((l, n) => (l === 2048 && (n === 224 || n === 256)) || (l === 3072 && n === 256)),
};
