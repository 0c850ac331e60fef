/*
 * BRs 6.1.6 (to v1.7.0): for DSA keys the CA SHALL confirm "that the key has
 * the correct order in the subgroup", i.e. y^q mod p = 1 (NIST SP 800-89
 * 5.3.1). The DSA clauses left the BRs with version 1.7.1.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { dsaKeyCheck } from '../util/key_checks.js';
import { modPow } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_dsa_correct_order_in_subgroup',
  description: 'DSA: the public value y must have order q in the subgroup (y^q mod p = 1)',
  citation: 'BRs v1.7.0: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  ...dsaKeyCheck((key) =>
    key.p <= 1n ? notApplicable : check(modPow(key.y, key.q, key.p) === 1n, 'y^q mod p is not 1'),
  ),
};
