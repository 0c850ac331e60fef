import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CaseClockFields,
  type CaseRecords,
  cprFactsOf,
  NO_RECORDS,
  type ReportCopy,
  reportSentAt,
} from '../../src/alerts/facts.js';
import { H, T0 } from './fixtures.js';

const row: CaseClockFields = {
  received_at: T0,
  revocation_reason: 4,
  revocation_decided_at: T0 + 2 * H,
  revocation_subordinate_ca: 0,
  revocation_published_at: null,
};
const DAY = 24 * H;
const issued = Date.parse('2026-11-01T00:00:00Z');
const shortLived = { not_before: issued, not_after: issued + 6 * DAY };
const yearLong = { not_before: issued, not_after: issued + 200 * DAY };

const copy = (recipients: string, state: ReportCopy['state'], sentAt: number | null): ReportCopy => ({
  recipients,
  state,
  created_at: T0 + H,
  sent_at: sentAt,
  attempts: state === 'pending' ? 0 : 1,
  last_error: state === 'dead' ? '550 mailbox unavailable' : null,
});
const toReporter = copy('reporter@example.org', 'sent', T0 + H + 1000);
const toSubscriber = copy('pki@subscriber.example', 'sent', T0 + 2 * H);

describe('cprFactsOf', () => {
  it('carries the case times, the decision and the delivery of the report over', () =>
    assert.deepEqual(
      cprFactsOf(row, { certificates: [yearLong], reportCopies: [toReporter, toSubscriber] }),
      {
        receivedAt: T0,
        preliminaryReportSentAt: T0 + 2 * H,
        revocation: { reason: 4, decidedAt: T0 + 2 * H, subordinateCa: false, shortLived: false },
        revocationPublishedAt: null,
      },
    ));
  it('has no decision while no reason is chosen', () =>
    assert.equal(cprFactsOf({ ...row, revocation_reason: null }, NO_RECORDS).revocation, null));
  it('marks a subordinate CA', () =>
    assert.equal(
      cprFactsOf({ ...row, revocation_subordinate_ca: 1 }, NO_RECORDS).revocation?.subordinateCa,
      true,
    ));
  it('counts a revocation short-lived only when every certificate is known and short-lived', () => {
    const short = (certificates: CaseRecords['certificates']) =>
      cprFactsOf(row, { ...NO_RECORDS, certificates }).revocation?.shortLived;
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

describe('reportSentAt', () => {
  it('is the last time the relay took a copy, once it took every one', () => {
    assert.equal(reportSentAt([toSubscriber, toReporter]), T0 + 2 * H);
    assert.equal(reportSentAt([toReporter]), T0 + H + 1000);
  });
  it('is not yet while a copy waits in the outbox, is refused, or none was queued', () => {
    assert.equal(reportSentAt([toReporter, copy('pki@subscriber.example', 'pending', null)]), null);
    assert.equal(reportSentAt([toReporter, copy('pki@subscriber.example', 'dead', null)]), null);
    assert.equal(reportSentAt([]), null);
  });
});
