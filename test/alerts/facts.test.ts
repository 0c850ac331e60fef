import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CaseClockFields, cprFactsOf } from '../../src/alerts/facts.js';
import { H, T0 } from './fixtures.js';

const row: CaseClockFields = {
  received_at: T0,
  preliminary_report_sent_at: T0 + H,
  revocation_reason: 4,
  revocation_decided_at: T0 + 2 * H,
  revocation_subordinate_ca: 0,
  revocation_published_at: null,
};
const DAY = 24 * H;
const issued = Date.parse('2026-11-01T00:00:00Z');
const shortLived = { not_before: issued, not_after: issued + 6 * DAY };
const yearLong = { not_before: issued, not_after: issued + 200 * DAY };

describe('cprFactsOf', () => {
  it('carries the case times and the decision over', () =>
    assert.deepEqual(cprFactsOf(row, [yearLong]), {
      receivedAt: T0,
      preliminaryReportSentAt: T0 + H,
      revocation: { reason: 4, decidedAt: T0 + 2 * H, subordinateCa: false, shortLived: false },
      revocationPublishedAt: null,
    }));
  it('has no decision while no reason is chosen', () =>
    assert.equal(cprFactsOf({ ...row, revocation_reason: null }, []).revocation, null));
  it('marks a subordinate CA', () =>
    assert.equal(cprFactsOf({ ...row, revocation_subordinate_ca: 1 }, []).revocation?.subordinateCa, true));
  it('counts a revocation short-lived only when every certificate is known and short-lived', () => {
    const short = (certs: Parameters<typeof cprFactsOf>[1]) => cprFactsOf(row, certs).revocation?.shortLived;
    assert.equal(short([shortLived, shortLived]), true);
    assert.equal(short([shortLived, yearLong]), false);
    assert.equal(
      short([shortLived, { not_before: null, not_after: null }]),
      false,
      'an unresolved reference',
    );
    assert.equal(short([]), false, 'no certificate named yet');
  });
});
