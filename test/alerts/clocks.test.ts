import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { openClocks } from '../../src/alerts/clocks.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import { CA, DAY, H, T0, addActionItem, addBug, addCase, addIncident, addUser } from './fixtures.js';

const NOW = T0 + 20 * H;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A case 20 h into its 24 h, an incident aware four days ago with three action items (one running,
 * one complete, one canceled) reported in bug 1885754, whose whiteboard date has passed and whose
 * question has waited over a week; a second bug of ours without an incident; and rows that run no
 * clock: a dismissed case, a closed incident, another CA's bug, a closed bug of ours.
 */
async function seed(store: Store) {
  const alice = await addUser(store, 'alice@ca.example');
  const bob = await addUser(store, 'bob@ca.example');
  const carol = await addUser(store, 'carol@ca.example');
  await addCase(store, { owner_id: alice });
  await addCase(store, { triage: 'dismissed' });
  const incident = await addIncident(store, bob, {
    aware_at: T0 - 4 * DAY,
    bug_id: 1885754,
    owner_id: bob,
    co_owner_id: carol,
  });
  await addIncident(store, bob, { status: 'closed', closed_at: T0 - DAY, aware_at: T0 - 20 * DAY });
  const item = await addActionItem(store, incident, {
    number: 1,
    due_at: Date.parse('2026-11-26T00:00:00Z'),
    created_at: T0 - 4 * DAY,
    changed_at: T0 - 4 * DAY,
  });
  await addActionItem(store, incident, {
    number: 2,
    due_at: T0 - DAY,
    status: 'Complete',
    completed_at: T0 - 2 * DAY,
  });
  await addActionItem(store, incident, { number: 3, due_at: T0, status: 'Canceled' });
  await addBug(store, {
    id: 1885754,
    whiteboard: '[ca-compliance] Next update 2026-11-20',
    next_update_date: '2026-11-20',
    last_ca_comment_at: T0 - 10 * DAY,
    last_other_comment_at: T0 - 8 * DAY - H,
    open_question_at: T0 - 8 * DAY - H,
  });
  await addBug(store, { id: 1885755, last_ca_comment_at: T0 - 3 * DAY });
  await addBug(store, { id: 1900001, ours: 0, ca_owner: 'Other CA', last_ca_comment_at: T0 - 30 * DAY });
  await addBug(store, { id: 1800000, is_open: 0, status: 'RESOLVED', resolution: 'FIXED' });
  return { alice, bob, carol, incident, item };
}

describe('openClocks', () => {
  eachStore('lists every open clock from the stored rows, most urgent first', async ({ store }) => {
    const { alice, bob, carol, incident, item } = await seed(store);
    const clocks = await openClocks(store.db, { ca: CA }, NOW);
    const incidentPeople = { ownerId: bob, coOwnerId: carol };
    assert.deepEqual(
      clocks.map((c) => ({
        subject: c.subject,
        subjectType: c.subjectType,
        subjectId: c.subjectId,
        url: c.url,
        kind: c.kind,
        startsAt: iso(c.startsAt),
        dueAt: iso(c.dueAt),
        state: c.state,
        ownerId: c.ownerId,
        coOwnerId: c.coOwnerId,
      })),
      [
        {
          subject: 'bug 1885754',
          subjectType: 'bug',
          subjectId: 1885754,
          url: '/bugs/1885754',
          kind: 'bug.update',
          startsAt: '2026-11-13T10:00:00.000Z',
          dueAt: '2026-11-21T00:00:00.000Z',
          state: 'overdue',
          ...incidentPeople,
        },
        {
          subject: 'bug 1885754',
          subjectType: 'bug',
          subjectId: 1885754,
          url: '/bugs/1885754',
          kind: 'bug.answer',
          startsAt: '2026-11-15T09:00:00.000Z',
          dueAt: '2026-11-22T09:00:00.000Z',
          state: 'overdue',
          ...incidentPeople,
        },
        {
          subject: `incident ${incident}`,
          subjectType: 'incident',
          subjectId: incident,
          url: `/incidents/${incident}`,
          kind: 'incident.first-report',
          startsAt: '2026-11-19T10:00:00.000Z',
          dueAt: '2026-11-22T10:00:00.000Z',
          state: 'overdue',
          ...incidentPeople,
        },
        {
          subject: 'case CPR-000001',
          subjectType: 'case',
          subjectId: 1,
          url: '/cases/1',
          kind: 'cpr.preliminary-report',
          startsAt: '2026-11-23T10:00:00.000Z',
          dueAt: '2026-11-24T10:00:00.000Z',
          state: 'due-soon',
          ownerId: alice,
          coOwnerId: null,
        },
        {
          subject: `action item 1 of incident ${incident}`,
          subjectType: 'action_item',
          subjectId: item,
          url: `/incidents/${incident}`,
          kind: 'action-item.due',
          startsAt: '2026-11-19T10:00:00.000Z',
          dueAt: '2026-11-27T00:00:00.000Z',
          state: 'ok',
          ...incidentPeople,
        },
        {
          subject: 'bug 1885755',
          subjectType: 'bug',
          subjectId: 1885755,
          url: '/bugs/1885755',
          kind: 'bug.update',
          startsAt: '2026-11-20T10:00:00.000Z',
          dueAt: '2026-11-27T10:00:00.000Z',
          state: 'ok',
          ownerId: null,
          coOwnerId: null,
        },
        {
          subject: `incident ${incident}`,
          subjectType: 'incident',
          subjectId: incident,
          url: `/incidents/${incident}`,
          kind: 'incident.full-report',
          startsAt: '2026-11-19T10:00:00.000Z',
          dueAt: '2026-12-03T10:00:00.000Z',
          state: 'ok',
          ...incidentPeople,
        },
      ],
    );
    // Every clock cites the rule it keeps, as data.
    const rules = clocks.map((c) => [c.kind, c.rule, c.obligation]);
    assert.deepEqual(rules, [
      ['bug.update', 'CCADB IRG 3.2 "When are reports updated?"', 'MUST'],
      ['bug.answer', 'CCADB IRG 3.2 "When are reports updated?"', 'MUST'],
      ['incident.first-report', 'CCADB IRG 3.2 "When are reports expected?"', 'MUST'],
      ['cpr.preliminary-report', 'BR 4.9.5', 'MUST'],
      ['action-item.due', 'CCADB IRG 3.2 "Full Incident Report", Action Items', 'MUST'],
      ['bug.update', 'CCADB IRG 3.2 "When are reports updated?"', 'MUST'],
      ['incident.full-report', 'CCADB IRG 3.2 "When are reports expected?"', 'MUST'],
    ]);
    for (const c of clocks) assert.ok(c.citation.length > 20, `${c.subject} ${c.kind} has its citation`);
  });

  eachStore(
    'counts an update from the last action-item change the CA has not reported',
    async ({ store }) => {
      const bob = await addUser(store, 'bob@ca.example');
      const incident = await addIncident(store, bob, { bug_id: 1885754, owner_id: bob, full_posted_at: T0 });
      await addActionItem(store, incident, { number: 1, due_at: T0 + 30 * DAY, changed_at: T0 + DAY });
      await addActionItem(store, incident, { number: 2, due_at: T0 + 30 * DAY, changed_at: T0 + 2 * DAY });
      await addBug(store, { id: 1885754, last_ca_comment_at: T0 });
      const update = (await openClocks(store.db, { ca: CA }, T0 + 3 * DAY)).find(
        (c) => c.subject === 'bug 1885754' && c.kind === 'bug.update',
      );
      assert.equal(update?.dueAt, T0 + 5 * DAY, '3 days after the latest change, before the weekly update');
      assert.equal(update?.ownerId, bob);
    },
  );

  eachStore('has no bug of ours while no CA owner is configured', async ({ store }) => {
    await addBug(store, { id: 1885754, last_ca_comment_at: T0 });
    assert.deepEqual(await openClocks(store.db, { ca: { ...CA, owner: null } }, T0), []);
    assert.equal((await openClocks(store.db, { ca: CA }, T0)).length, 1);
  });
});
