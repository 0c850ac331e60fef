/*
 * Community rule (RFC 5280 5.1.2.6): each revoked certificate is identified by
 * its serial number, so a CRL lists each serial number once.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, failAs, pass } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_unique_revoked_certificate',
  description: 'A CRL should not list the same serial number twice (a warning, as in zlint)',
  citation: 'RFC 5280: 5.1.2.6',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => {
    const seen = new Set<string>();
    const dup = new Set<string>();
    for (const e of crl.revoked) {
      const s = serialHex(e.serial.bytes);
      if (seen.has(s)) dup.add(s);
      seen.add(s);
    }
    return dup.size === 0 ? pass : failAs('warn', `duplicate serial numbers: ${[...dup].join(', ')}`);
  },
};
