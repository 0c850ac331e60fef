import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type CaIdentity, analyzeBug } from '../../src/bugzilla/analysis.js';
import { restBug, restComment } from '../../src/bugzilla/rest.js';
import {
  type Deadline,
  RULE_VERSIONS,
  bugDeadlines,
  clockState,
  incidentDeadlines,
} from '../../src/rules/index.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function seed(id: number) {
  const url = new URL(`../../../test/fixtures/bugzilla/seeds/bug_${id}.json`, import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { bug: unknown; comments: unknown[] };
  return { bug: restBug.parse(raw.bug), comments: raw.comments.map((c) => restComment.parse(c)) };
}

/** The bug's clocks at `now`, from the comments and flags that existed then. */
function clocksAt(id: number, ca: CaIdentity, now: number) {
  const { bug, comments } = seed(id);
  const then = { ...bug, flags: bug.flags.filter((f) => f.creation_date <= now) };
  const a = analyzeBug(
    then,
    comments.filter((c) => c.creation_time <= now),
    ca,
  );
  const deadlines = bugDeadlines({
    bugId: bug.id,
    openedAt: bug.creation_time,
    revocationDelay: a.revocationDelay,
    nextUpdateDate: a.nextUpdateDate,
    lastCaCommentAt: a.lastCaCommentAt,
    openQuestionAt: a.openQuestionAt,
    needinfoCaSince: a.needinfoCaSince,
    lastActionItemChangeAt: null,
  });
  return { analysis: a, deadlines };
}
const key = (ds: Deadline[], k: string) => {
  const d = ds.find((x) => x.key === k);
  assert.ok(d, `no ${k}`);
  return d;
};

describe('seed 002: Entrust, bug 1885754', () => {
  const entrust: CaIdentity = { owner: 'Entrust', domains: ['entrust.com'], accounts: [] };
  const opened = at('2024-03-16T22:14:00Z');
  const firstAnswer = at('2024-03-20T08:50:00Z');

  it("the reporter's comment 0 awaited Entrust's answer, within its week when it came", () => {
    const { analysis, deadlines } = clocksAt(1885754, entrust, firstAnswer - 1);
    assert.deepEqual(
      [analysis.ours, analysis.openQuestionAt, analysis.lastCaCommentAt],
      [true, opened, null],
    );
    const answer = key(deadlines, 'bug.answer');
    assert.deepEqual(
      [answer.dueAt, answer.rule],
      [at('2024-03-23T22:14:00Z'), 'Mozilla wiki "CA/Responding To An Incident"'],
    );
    assert.equal(clockState(answer, firstAnswer - 1), 'ok');
    assert.equal(
      clocksAt(1885754, entrust, firstAnswer).deadlines.find((d) => d.key === 'bug.answer'),
      undefined,
    );
  });

  it('in 2024 no 72-hour clock applied; under IRG 3.2 the first answer would be 10 h 36 min late', () => {
    const facts = { awareAt: opened, firstReportAt: firstAnswer, fullReportAt: at('2024-04-03T15:00:00Z') };
    const ofItsDay = incidentDeadlines(facts);
    assert.deepEqual(
      ofItsDay.map((d) => d.key),
      ['incident.full-report'],
    );
    const full = key(ofItsDay, 'incident.full-report');
    assert.equal(full.dueAt, firstAnswer + 14 * DAY);
    assert.equal(clockState(full, 0), 'met_late');
    const today = RULE_VERSIONS.map((v) =>
      v.effectiveFrom === '2026-03-20' ? { ...v, effectiveFrom: '2024-01-01' } : v,
    );
    const first = key(incidentDeadlines(facts, today), 'incident.first-report');
    assert.equal(first.dueAt, at('2024-03-19T22:14:00Z'));
    assert.equal(clockState(first, 0), 'met_late');
    assert.equal(firstAnswer - first.dueAt, 10 * HOUR + 36 * 60_000);
  });

  it('after the Next update date was set, the update is due at the end of 2024-05-03', () => {
    const now = at('2024-04-06T00:00:00Z');
    const { analysis, deadlines } = clocksAt(1885754, entrust, now);
    assert.deepEqual([analysis.nextUpdateDate, analysis.openQuestionAt], ['2024-05-03', null]);
    const update = key(deadlines, 'bug.update');
    assert.deepEqual(
      [update.dueAt, update.fact],
      [at('2024-05-04T00:00:00Z'), 'Next update date in the whiteboard'],
    );
    assert.equal(clockState(update, now), 'ok');
    assert.equal(deadlines.length, 1);
  });
});

describe('seed 004: Sectigo, bug 1563579', () => {
  const sectigo: CaIdentity = { owner: 'Sectigo', domains: ['sectigo.com'], accounts: [] };
  const comment6 = at('2019-09-11T15:00:00Z');

  it('"another week has elapsed ... with no acknowledgement": update and answer overdue', () => {
    const { analysis, deadlines } = clocksAt(1563579, sectigo, comment6);
    assert.deepEqual(
      [analysis.lastCaCommentAt, analysis.openQuestionAt, analysis.needinfoCa],
      [at('2019-07-26T10:00:00Z'), at('2019-09-02T20:00:00Z'), ['robin.alden@sectigo.com']],
    );
    const update = key(deadlines, 'bug.update');
    assert.deepEqual([update.dueAt, update.fact], [at('2019-08-02T10:00:00Z'), "CA's last comment"]);
    assert.equal(clockState(update, comment6), 'overdue');
    assert.equal(comment6 - update.dueAt, 40 * DAY + 5 * HOUR);
    // The needinfo of the opening comment was never cleared: it, not comment 4, governs.
    const answer = key(deadlines, 'bug.answer');
    assert.deepEqual([answer.fact, answer.dueAt], ['needinfo on CA staff', at('2019-07-11T16:00:00Z')]);
    assert.equal(clockState(answer, comment6), 'overdue');
  });

  it('without the needinfo, comment 4 alone would have been overdue by 1 day 19 h', () => {
    const noFlag = bugDeadlines({
      bugId: 1563579,
      openedAt: at('2019-07-04T16:00:00Z'),
      revocationDelay: false,
      nextUpdateDate: null,
      lastCaCommentAt: at('2019-07-26T10:00:00Z'),
      openQuestionAt: at('2019-09-02T20:00:00Z'),
      needinfoCaSince: null,
      lastActionItemChangeAt: null,
    });
    const byQuestion = key(noFlag, 'bug.answer');
    assert.equal(byQuestion.dueAt, at('2019-09-09T20:00:00Z'));
    assert.equal(comment6 - byQuestion.dueAt, DAY + 19 * HOUR);
  });

  it('on 2019-09-16 three Sectigo people are asked, the oldest request from the opening', () => {
    const now = at('2019-09-16T17:00:00Z');
    const { analysis } = clocksAt(1563579, sectigo, now);
    assert.deepEqual(analysis.needinfoCa, ['rich@sectigo.com', 'rob@sectigo.com', 'robin.alden@sectigo.com']);
    assert.equal(analysis.needinfoCaSince, at('2019-07-04T16:00:00Z'));
  });
});

describe('seed 003: Izenpe, bug 1391054', () => {
  const izenpe: CaIdentity = { owner: 'Izenpe', domains: ['izenpe.eus'], accounts: [] };
  it('shows the facts, but no clock: in 2017 weekly updates were asked for, not yet a rule Vigil holds', () => {
    const now = at('2017-08-29T12:00:00Z');
    const { analysis, deadlines } = clocksAt(1391054, izenpe, now);
    assert.deepEqual(
      [analysis.lastCaCommentAt, analysis.openQuestionAt, analysis.needinfoCaSince],
      [at('2017-08-28T09:00:00Z'), at('2017-08-29T09:00:00Z'), at('2017-08-29T09:00:00Z')],
    );
    assert.deepEqual(deadlines, []);
    assert.deepEqual(
      incidentDeadlines({ awareAt: at('2017-08-06T00:00:00Z'), firstReportAt: null, fullReportAt: null }),
      [],
    );
  });
});
