/*
 * BRs 6.1.6 (to v1.7.0): for DSA keys the CA SHALL confirm that the public key
 * value "has the unique correct representation" in the field, i.e.
 * 2 <= y <= p - 2 (NIST SP 800-89 5.3.1).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { dsaKeyCheck } from '../util/key_checks.js';

export const lint: CertificateLint = {
  name: 'e_dsa_unique_correct_representation',
  description: 'DSA: the public value y must satisfy 2 <= y <= p-2',
  citation: 'BRs v1.7.0: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  ...dsaKeyCheck((key) =>
    check(key.y >= 2n && key.y <= key.p - 2n, 'DSA public value y is outside [2, p-2]'),
  ),
};
