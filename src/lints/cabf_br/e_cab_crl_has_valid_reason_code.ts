/*
 * BR 7.2.2 (Ballot SC61, BR 1.8.7): only the CRLReasons keyCompromise (1),
 * affiliationChanged (3), superseded (4), cessationOfOperation (5) and
 * privilegeWithdrawn (9) may appear; unspecified (0) is represented by the
 * omission of the reasonCode extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

const ALLOWED: ReadonlySet<number> = new Set([1, 3, 4, 5, 9]);

export const lint: CrlLint = {
  name: 'e_cab_crl_has_valid_reason_code',
  description: 'CRL entry reason codes must be one of 1, 3, 4, 5 or 9',
  citation: 'BRs: 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc61CrlReasons,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const bad = crl.revoked.filter((e) => e.reasonCode !== undefined && !ALLOWED.has(e.reasonCode));
    return check(
      bad.length === 0,
      `reason codes not allowed by BR 7.2.2: ${bad.map((e) => `${serialHex(e.serial.bytes)}=${e.reasonCode}`).join(', ')}`,
    );
  },
};
