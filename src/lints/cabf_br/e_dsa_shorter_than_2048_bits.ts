/*
 * BRs 6.1.5 (to v1.7.0): DSA keys MUST have a modulus p of at least 2048 bits
 * (and a divisor q of at least 224 bits).
 *
 * zlint compares q with 244 bits, a typo for the 224 of the rule; Vigil uses 224.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { dsaSizeCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_dsa_shorter_than_2048_bits',
  description:
    'DSA modulus p must be at least 2048 bits and divisor q at least 224 bits (zlint: 244, a typo)',
  citation: 'BRs v1.7.0: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...dsaSizeCheck((l, n) => l >= 2048 && n >= 224),
};
