import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek, queueWeeklyReport, weekStart, weeklyReport, weeklyText } from '../../src/alerts/weekly.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import {
  BASE_URL,
  CA,
  DAY,
  H,
  MANAGEMENT,
  T0,
  addActionItem,
  addCase,
  addIncident,
  addReportCopy,
  addUser,
} from './fixtures.js';

const deps = (store: Store) => ({
  store,
  config: {
    ca: CA,
    alerts: { management: MANAGEMENT, webhooks: [] },
    baseUrl: BASE_URL,
    caName: 'Example CA',
  },
});
/** T0 is Monday 2026-11-23 10:00 UTC. */
const MONDAY = T0 - 10 * H;

/**
 * A case whose preliminary report went out a day late and is closed, a case overdue now, and an
 * incident aware two days ago with an action item due this week, one complete and one delayed.
 */
async function seed(store: Store) {
  const alice = await addUser(store, 'alice@ca.example');
  const late = await addCase(store, { received_at: T0 - 3 * DAY, status: 'closed', closed_at: T0 - DAY });
  await addReportCopy(store, late, 'reporter@example.org', { state: 'sent', at: T0 - DAY });
  await addCase(store, { received_at: T0 - 30 * H, owner_id: alice });
  const incident = await addIncident(store, alice, {
    aware_at: T0 - 2 * DAY,
    owner_id: alice,
    title: 'Street addresses',
  });
  await addActionItem(store, incident, { number: 1, due_at: Date.parse('2026-11-27T00:00:00Z') });
  await addActionItem(store, incident, {
    number: 2,
    due_at: T0 - 3 * DAY,
    status: 'Complete',
    completed_at: T0 - 4 * DAY,
  });
  await addActionItem(store, incident, { number: 3, due_at: T0 + 20 * DAY, status: 'Delayed' });
  return { alice, incident };
}

describe('ISO weeks', () => {
  it('name the week of a UTC time, Monday first, week 1 holding the first Thursday', () => {
    assert.equal(isoWeek(T0), '2026-W48');
    assert.equal(isoWeek(MONDAY - 1), '2026-W47', 'Sunday 23:59:59.999 is the week before');
    assert.equal(isoWeek(Date.parse('2021-01-03T12:00:00Z')), '2020-W53');
    assert.equal(isoWeek(Date.parse('2024-12-30T00:00:00Z')), '2025-W01');
  });
  it('start on Monday 00:00 UTC; a week that does not exist has no start', () => {
    assert.equal(weekStart('2026-W48'), MONDAY);
    assert.equal(weekStart('2020-W53'), Date.parse('2020-12-28T00:00:00Z'));
    assert.equal(
      weekStart('2026-W53'),
      Date.parse('2026-12-28T00:00:00Z'),
      '2026 starts on a Thursday: 53 weeks',
    );
    assert.equal(weekStart('2027-W53'), null);
    assert.equal(weekStart('2026-48'), null);
  });
});

describe('the weekly report', () => {
  eachStore(
    'says what is due, what is overdue, what slipped and where each incident stands',
    async ({ store }) => {
      const { incident } = await seed(store);
      const report = await weeklyReport(store.db, { ca: CA }, T0);
      assert.equal(report.week, '2026-W48');
      assert.deepEqual(
        report.due.map((c) => [c.subject, c.kind]),
        [
          [`incident ${incident}`, 'incident.first-report'],
          [`action item 1 of incident ${incident}`, 'action-item.due'],
        ],
      );
      assert.deepEqual(
        report.overdue.map((c) => c.subject),
        ['case CPR-000002'],
      );
      assert.deepEqual(
        report.slipped.map((s) => [s.subject, s.kind, s.metAt]),
        [
          ['case CPR-000001', 'cpr.preliminary-report', T0 - DAY],
          ['case CPR-000002', 'cpr.preliminary-report', null],
        ],
      );
      const [state] = report.incidents;
      assert.equal(state?.next?.kind, 'incident.first-report');
      assert.deepEqual(state?.actionItems, { Ongoing: 1, Delayed: 1, Complete: 1, Canceled: 0 });

      const text = weeklyText(report, (id) => (id === null ? null : 'alice@ca.example'), BASE_URL).split(
        '\n',
      );
      assert.equal(text[0], 'Weekly deadline report 2026-W48, as of 2026-11-23 10:00 UTC');
      assert.ok(text.includes('Slipped in the last 7 days (2)'));
      assert.ok(
        text.includes(
          '- case CPR-000001: Preliminary report to the reporter and the subscriber, due 2026-11-21 10:00 UTC, met 2026-11-22 10:00 UTC, 1 d late (BR 4.9.5); no owner',
        ),
      );
      assert.ok(text.includes(`- incident ${incident}: Street addresses`));
      assert.ok(text.includes('  action items: 1 Ongoing, 1 Delayed, 1 Complete, 0 Canceled'));
      assert.equal(text.at(-1), `This report: ${BASE_URL}/reports/weekly?week=2026-W48`);
    },
  );

  eachStore(
    'is queued once per ISO week, from Monday 08:00 UTC, across calls and instances',
    async ({ store, open }) => {
      await seed(store);
      const other = await open();
      assert.equal(await queueWeeklyReport(deps(store), MONDAY + 8 * H - 1), 0, 'not before Monday 08:00');
      const first = await Promise.all([
        queueWeeklyReport(deps(store), MONDAY + 8 * H),
        queueWeeklyReport(deps(other), MONDAY + 8 * H),
      ]);
      assert.equal(first[0] + first[1], MANAGEMENT.length, `one e-mail per address (${first.join(' + ')})`);
      assert.equal(await queueWeeklyReport(deps(other), T0 + 2 * DAY), 0, 'nothing more that week');
      assert.equal(
        await queueWeeklyReport(deps(store), MONDAY + 7 * DAY + 8 * H),
        MANAGEMENT.length,
        'the next week',
      );
      const rows = await store.db
        .selectFrom('outbox')
        .select(['dedupe_key', 'recipients', 'subject'])
        .where('dedupe_key', 'like', 'weekly:%')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        rows.map((r) => `${r.dedupe_key} ${r.recipients}`).sort(),
        ['W48', 'W49'].flatMap((w) => MANAGEMENT.map((a) => `weekly:2026-${w}:${a} ${a}`)).sort(),
      );
      assert.equal(
        rows[0]?.subject,
        '[Example CA] Weekly deadline report 2026-W48: 1 overdue, 2 due this week',
      );
    },
  );
});
