/*
 * BR 7.2.2 (CRL Extensions table): CRLNumber MUST be present and "MUST contain
 * an INTEGER greater than or equal to zero (0) and less than 2^159, and convey
 * a strictly increasing sequence."
 */

import { integerToBigInt } from '../../der/primitives.js';
import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check, fail } from '../../lint/types.js';

const LIMIT = 1n << 159n;

export const lint: CrlLint = {
  name: 'e_crl_number_out_of_range',
  description: 'The CRL must carry a cRLNumber with 0 <= n < 2^159',
  citation: 'BRs: 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => {
    if (!crl.crlNumber) return fail('the cRLNumber extension is missing');
    const n = integerToBigInt(crl.crlNumber);
    if (n < 0n) return fail(`cRLNumber is negative: ${n}`);
    return check(n < LIMIT, `cRLNumber is 2^159 or more: ${n}`);
  },
};
