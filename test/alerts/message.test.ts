import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AlertNotice, alertPayload, alertSubject, alertText, timing } from '../../src/alerts/message.js';
import { alertPoints, cprDeadlines } from '../../src/rules/index.js';
import { BASE_URL, H, T0 } from './fixtures.js';

const [deadline] = cprDeadlines({
  receivedAt: T0,
  preliminaryReportSentAt: null,
  revocation: null,
  revocationPublishedAt: null,
});
assert.ok(deadline);
const [, at75, , breach] = alertPoints(deadline);
assert.ok(at75 && breach);
const notice: AlertNotice = {
  target: { type: 'case', id: 42, name: 'CPR-000042', url: '/cases/42' },
  deadline,
  point: at75,
  now: T0 + 18 * H + 50 * 60_000,
  baseUrl: BASE_URL,
};

describe('alert messages', () => {
  it('say how long is left, or how long overdue', () => {
    assert.equal(timing(deadline, T0 + 21 * H + 50 * 60_000), 'due in 2 h 10 min');
    assert.equal(timing(deadline, deadline.dueAt), 'overdue now');
    assert.equal(timing(deadline, deadline.dueAt + 3 * H + 5 * 60_000), 'overdue by 3 h 5 min');
  });

  it('name the case, the deadline, its rule and the time left in the subject', () => {
    assert.equal(
      alertSubject(notice),
      '[CPR-000042] Due in 5 h 10 min: Preliminary report to the reporter and the subscriber (BR 4.9.5)',
    );
    assert.equal(
      alertSubject({ ...notice, point: breach, now: deadline.dueAt + 90 * 60_000 }),
      '[CPR-000042] Overdue by 1 h 30 min: Preliminary report to the reporter and the subscriber (BR 4.9.5)',
    );
  });

  it('give the due time in UTC, the rule with its citation, and the link', () =>
    assert.equal(
      alertText(notice),
      [
        'CPR-000042: Preliminary report to the reporter and the subscriber',
        'due in 5 h 10 min, at 2026-11-24T10:00:00.000Z. 75 % of the time allowed has passed.',
        '',
        `Rule: BR 4.9.5 (MUST). ${deadline.citation}`,
        'Counted from: CPR received, 2026-11-23T10:00:00.000Z.',
        '',
        'Open the case: https://vigil.test/cases/42',
        '',
        "Sent to the case's owner, co-owner; for a case without an owner, to the reviewers, admins and management.",
      ].join('\n'),
    ));

  it('give chat webhooks a text line and the structured fields', () =>
    assert.deepEqual(alertPayload({ ...notice, point: breach, now: deadline.dueAt + 60_000 }), {
      text: 'CPR-000042: Preliminary report to the reporter and the subscriber overdue by 1 min (100 %, BR 4.9.5). https://vigil.test/cases/42',
      subject: 'CPR-000042',
      subjectType: 'case',
      subjectId: 42,
      case: 'CPR-000042',
      caseId: 42,
      url: 'https://vigil.test/cases/42',
      deadline: 'cpr.preliminary-report',
      label: 'Preliminary report to the reporter and the subscriber',
      rule: 'BR 4.9.5',
      citation: deadline.citation,
      obligation: 'MUST',
      percent: 100,
      dueAt: '2026-11-24T10:00:00.000Z',
      state: 'overdue',
    }));
});
