/*
 * RFC 5280 Appendix A.1: crlEntryExtensions is of type Extensions ::= SEQUENCE
 * SIZE (1..MAX) OF Extension, so when present it is never an empty SEQUENCE.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { crlLayout, serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_empty_extn_sequence',
  description: 'crlEntryExtensions of a CRL entry must not be an empty SEQUENCE',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => {
    const empty = crlLayout(crl).emptyEntryExtensions;
    return check(
      empty.length === 0,
      `entries with an empty crlEntryExtensions SEQUENCE: ${empty
        .map((i) => serialHex(crl.revoked[i]?.serial.bytes ?? new Uint8Array(0)))
        .join(', ')}`,
    );
  },
};
