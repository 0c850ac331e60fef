import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type BugClockFacts,
  RULE_VERSIONS,
  actionItemDeadlines,
  bugDeadlines,
  clockState,
  incidentDeadlines,
} from '../../src/rules/index.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const IRG = 'CCADB IRG 3.2 "When are reports updated?"';
const WIKI = 'Mozilla wiki "CA/Responding To An Incident"';

const bug = (over: Partial<BugClockFacts>): BugClockFacts => ({
  bugId: 1,
  openedAt: at('2026-05-01T10:00:00Z'),
  revocationDelay: false,
  nextUpdateDate: null,
  lastCaCommentAt: null,
  openQuestionAt: null,
  needinfoCaSince: null,
  lastActionItemChangeAt: null,
  ...over,
});
const byKey = (ds: ReturnType<typeof bugDeadlines>, key: string) => {
  const found = ds.find((d) => d.key === key);
  assert.ok(found, `no ${key} in ${ds.map((d) => d.key).join(', ')}`);
  return found;
};

describe('incident report clocks', () => {
  const awareAt = at('2026-05-04T09:30:00Z');
  it('first report 72 h after awareness, overdue at exactly dueAt', () => {
    const [first] = incidentDeadlines({ awareAt, firstReportAt: null, fullReportAt: null });
    assert.ok(first);
    assert.deepEqual(
      [first.key, first.obligation, first.fact, first.dueAt - first.startsAt],
      ['incident.first-report', 'MUST', 'CA became aware', 72 * HOUR],
    );
    assert.equal(first.rule, 'CCADB IRG 3.2 "When are reports expected?"');
    assert.equal(clockState(first, first.dueAt - 1), 'due_soon');
    assert.equal(clockState(first, first.dueAt), 'overdue');
  });
  it('full report 14 days after the first report; met or late by the posting time', () => {
    const firstReportAt = awareAt + 50 * HOUR;
    const ds = incidentDeadlines({ awareAt, firstReportAt, fullReportAt: firstReportAt + 14 * DAY });
    assert.equal(clockState(byKey(ds, 'incident.first-report'), 0), 'met');
    const full = byKey(ds, 'incident.full-report');
    assert.equal(full.startsAt, firstReportAt);
    assert.equal(full.dueAt, firstReportAt + 14 * DAY);
    assert.equal(full.fact, 'first report disclosed');
    assert.equal(clockState(full, 0), 'met_late');
  });
  it('counts the full report from awareness while no report is posted, and a full report posted first is the first', () => {
    const none = byKey(
      incidentDeadlines({ awareAt, firstReportAt: null, fullReportAt: null }),
      'incident.full-report',
    );
    assert.equal(none.dueAt, awareAt + 14 * DAY);
    const fullFirst = incidentDeadlines({ awareAt, firstReportAt: null, fullReportAt: awareAt + HOUR });
    assert.equal(byKey(fullFirst, 'incident.first-report').metAt, awareAt + HOUR);
  });
  it('before IRG 3.2 the wiki set no 72-hour clock, only the two weeks for the report', () => {
    const ds = incidentDeadlines({
      awareAt: at('2026-03-19T23:59:59.999Z'),
      firstReportAt: null,
      fullReportAt: null,
    });
    assert.deepEqual(
      ds.map((d) => [d.key, d.rule]),
      [['incident.full-report', WIKI]],
    );
    const after = incidentDeadlines({
      awareAt: at('2026-03-20T00:00:00Z'),
      firstReportAt: null,
      fullReportAt: null,
    });
    assert.deepEqual(
      after.map((d) => d.key),
      ['incident.first-report', 'incident.full-report'],
    );
  });
});

describe('bug clocks', () => {
  const caAt = at('2026-06-01T08:00:00Z');
  it('update 7 days after the CA last comment, from the bug opening before any', () => {
    const u = byKey(bugDeadlines(bug({ lastCaCommentAt: caAt })), 'bug.update');
    assert.deepEqual(
      [u.startsAt, u.dueAt, u.fact, u.rule, u.metAt],
      [caAt, caAt + 7 * DAY, "CA's last comment", IRG, null],
    );
    const opened = byKey(bugDeadlines(bug({})), 'bug.update');
    assert.deepEqual([opened.dueAt, opened.fact], [at('2026-05-08T10:00:00Z'), 'bug opened']);
    assert.equal(clockState(u, u.dueAt - 1), 'due_soon');
    assert.equal(clockState(u, u.dueAt), 'overdue');
  });
  it('the Next update date replaces the 7 days and is due at the end of that UTC day', () => {
    const u = byKey(bugDeadlines(bug({ lastCaCommentAt: caAt, nextUpdateDate: '2026-07-15' })), 'bug.update');
    assert.deepEqual(
      [u.startsAt, u.dueAt, u.fact, u.label],
      [
        caAt,
        at('2026-07-16T00:00:00Z'),
        'Next update date in the whiteboard',
        'Update by the Next update date (2026-07-15)',
      ],
    );
    assert.equal(clockState(u, at('2026-07-15T23:59:59.999Z')), 'due_soon');
    assert.equal(clockState(u, at('2026-07-16T00:00:00Z')), 'overdue');
  });
  it('a Next update date the CA has reached with a comment is spent: 7 days from that comment', () => {
    const onTheDay = at('2026-07-15T06:00:00Z');
    const u = byKey(
      bugDeadlines(bug({ lastCaCommentAt: onTheDay, nextUpdateDate: '2026-07-15' })),
      'bug.update',
    );
    assert.deepEqual([u.dueAt, u.fact], [onTheDay + 7 * DAY, "CA's last comment"]);
  });
  it('an action item change after the CA last comment wants an update within 3 days; the earliest governs', () => {
    const change = caAt + 2 * DAY;
    const u = byKey(
      bugDeadlines(bug({ lastCaCommentAt: caAt, lastActionItemChangeAt: change })),
      'bug.update',
    );
    assert.deepEqual([u.startsAt, u.dueAt, u.fact], [change, change + 3 * DAY, 'action item changed']);
    const late = caAt + 6 * DAY;
    const weekly = byKey(
      bugDeadlines(bug({ lastCaCommentAt: caAt, lastActionItemChangeAt: late })),
      'bug.update',
    );
    assert.deepEqual([weekly.dueAt, weekly.fact], [caAt + 7 * DAY, "CA's last comment"]);
    const reported = byKey(
      bugDeadlines(bug({ lastCaCommentAt: caAt, lastActionItemChangeAt: caAt - HOUR })),
      'bug.update',
    );
    assert.equal(reported.fact, "CA's last comment");
    const beforeDate = bug({
      lastCaCommentAt: caAt,
      nextUpdateDate: '2026-06-10',
      lastActionItemChangeAt: change,
    });
    assert.equal(byKey(bugDeadlines(beforeDate), 'bug.update').dueAt, change + 3 * DAY);
  });
  it('answer 7 days after a question or a needinfo on CA staff, whichever is earlier', () => {
    const q = at('2026-06-03T12:00:00Z');
    const ni = at('2026-06-02T12:00:00Z');
    const a = byKey(
      bugDeadlines(bug({ lastCaCommentAt: caAt, openQuestionAt: q, needinfoCaSince: ni })),
      'bug.answer',
    );
    assert.deepEqual(
      [a.startsAt, a.dueAt, a.fact, a.obligation],
      [ni, ni + 7 * DAY, 'needinfo on CA staff', 'MUST'],
    );
    const b = byKey(bugDeadlines(bug({ openQuestionAt: q })), 'bug.answer');
    assert.deepEqual([b.dueAt, b.fact], [q + 7 * DAY, 'question by another party']);
    assert.equal(clockState(b, b.dueAt), 'overdue');
    assert.equal(
      bugDeadlines(bug({ lastCaCommentAt: caAt })).find((d) => d.key === 'bug.answer'),
      undefined,
    );
  });
  it('revocation-delay bugs: SHOULD 3 days and MUST 7 days from the CA last update', () => {
    const ds = bugDeadlines(bug({ revocationDelay: true, lastCaCommentAt: caAt }));
    const should = byKey(ds, 'bug.revocation-delay.should');
    const must = byKey(ds, 'bug.revocation-delay');
    assert.deepEqual([should.obligation, should.dueAt], ['SHOULD', caAt + 3 * DAY]);
    assert.deepEqual([must.obligation, must.dueAt], ['MUST', caAt + 7 * DAY]);
    assert.equal(clockState(should, caAt + 3 * DAY), 'overdue');
    assert.equal(clockState(must, caAt + 3 * DAY), 'ok');
  });
  it('applies the wiki before 2026-03-20: weekly updates and answers, no revocation-delay cadence', () => {
    const old = at('2026-03-19T12:00:00Z');
    const ds = bugDeadlines(bug({ revocationDelay: true, lastCaCommentAt: old, openQuestionAt: old + HOUR }));
    assert.deepEqual(
      ds.map((d) => [d.key, d.rule, d.dueAt - d.startsAt]),
      [
        ['bug.update', WIKI, 7 * DAY],
        ['bug.answer', WIKI, 7 * DAY],
      ],
    );
    const irg = bugDeadlines(bug({ revocationDelay: true, lastCaCommentAt: at('2026-03-20T00:00:00Z') }));
    assert.deepEqual(
      irg.map((d) => d.rule),
      [IRG, IRG, IRG],
    );
  });
  it('takes a later version as data', () => {
    const faster = RULE_VERSIONS.filter((v) => v.id === 'bug.answer' && v.effectiveFrom === '2026-03-20').map(
      (v) => ({
        ...v,
        effectiveFrom: '2027-01-01',
        windows: v.windows.map((w) => ({ ...w, hours: 96 })),
      }),
    );
    const versions = [...RULE_VERSIONS, ...faster];
    const q = at('2027-01-01T00:00:00Z');
    assert.equal(byKey(bugDeadlines(bug({ openQuestionAt: q }), versions), 'bug.answer').dueAt, q + 4 * DAY);
    assert.equal(
      byKey(bugDeadlines(bug({ openQuestionAt: q - 1 }), versions), 'bug.answer').dueAt,
      q - 1 + 7 * DAY,
    );
  });
});

describe('action item clocks', () => {
  const item = {
    number: 2,
    dueAt: at('2026-08-31T00:00:00Z'),
    status: 'Ongoing' as const,
    createdAt: at('2026-06-01T00:00:00Z'),
    completedAt: null,
  };
  it('is due by the end of its due date, UTC', () => {
    const [d] = actionItemDeadlines(item);
    assert.ok(d);
    assert.deepEqual(
      [d.key, d.dueAt, d.label, d.fact],
      ['action-item.due', at('2026-09-01T00:00:00Z'), 'Action item 2 due 2026-08-31', 'action item created'],
    );
    assert.equal(clockState(d, at('2026-08-31T23:59:59.999Z')), 'due_soon');
    assert.equal(clockState(d, at('2026-09-01T00:00:00Z')), 'overdue');
  });
  it('is met at completion, and has no clock when canceled or undated', () => {
    const [done] = actionItemDeadlines({
      ...item,
      status: 'Complete',
      completedAt: at('2026-08-30T00:00:00Z'),
    });
    assert.ok(done);
    assert.equal(clockState(done, at('2027-01-01T00:00:00Z')), 'met');
    assert.deepEqual(actionItemDeadlines({ ...item, status: 'Canceled' }), []);
    assert.deepEqual(actionItemDeadlines({ ...item, dueAt: null }), []);
  });
  it('a delayed item keeps its date: the slip is a finding', () => {
    const [d] = actionItemDeadlines({ ...item, status: 'Delayed' });
    assert.equal(d && clockState(d, at('2026-09-02T00:00:00Z')), 'overdue');
  });
});
