import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  REVOCATION_REASONS,
  crlReasonMismatch,
  requiredCrlReason,
  revocationReason,
} from '../../src/rules/index.js';

/** The RULES.md table "Revocation reason codes", written out independently of the data. */
const EXPECTED_CODES: Record<number, [number | null, string]> = {
  1: [null, 'unspecified'],
  2: [9, 'privilegeWithdrawn'],
  3: [1, 'keyCompromise'],
  4: [1, 'keyCompromise'],
  5: [4, 'superseded'],
  6: [4, 'superseded'],
  7: [9, 'privilegeWithdrawn'],
  8: [9, 'privilegeWithdrawn'],
  9: [5, 'cessationOfOperation'],
  10: [9, 'privilegeWithdrawn'],
  11: [9, 'privilegeWithdrawn'],
  12: [4, 'superseded'],
  13: [9, 'privilegeWithdrawn'],
  14: [null, 'unspecified'],
  15: [null, 'unspecified'],
  16: [1, 'keyCompromise'],
};

describe('BR 4.9.1.1 revocation reasons', () => {
  it('lists reasons 1 to 16 in order, each with a label and text', () => {
    assert.deepEqual(
      REVOCATION_REASONS.map((r) => r.number),
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    for (const r of REVOCATION_REASONS) assert.ok(r.label && r.text, `reason ${r.number}`);
  });
  for (const [n, [code, name]] of Object.entries(EXPECTED_CODES)) {
    it(`reason ${n} requires ${name}${code === null ? ' (no reasonCode extension)' : ` (${code})`}`, () =>
      assert.deepEqual(requiredCrlReason(Number(n)), { code, name }));
  }
  it('puts reasons 1-5 on the 24 h clock and 6-16 on the 5-day clock', () => {
    for (const r of REVOCATION_REASONS)
      assert.equal(r.clock, r.number <= 5 ? 'revocation.24h' : 'revocation.5d', `reason ${r.number}`);
  });
  it('treats an unknown reason number as a bug', () => {
    assert.throws(() => revocationReason(0), RangeError);
    assert.throws(() => revocationReason(17), RangeError);
  });
});

describe('crlReasonMismatch', () => {
  it('accepts the required code', () => {
    assert.equal(crlReasonMismatch(3, 1), false);
    assert.equal(crlReasonMismatch(9, 5), false);
  });
  it('accepts a missing extension where unspecified is required', () =>
    assert.equal(crlReasonMismatch(1, null), false));
  it('flags a wrong code, an explicit unspecified (0) and a missing code', () => {
    assert.equal(crlReasonMismatch(3, 4), true);
    assert.equal(crlReasonMismatch(1, 0), true);
    assert.equal(crlReasonMismatch(7, null), true);
  });
});
