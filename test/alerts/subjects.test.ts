/**
 * Incidents, their action items and the CA's own bugs alert through the same exactly-once path as
 * cases: two sweepers racing on one database fire each point once, to the subject's people.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { alertKey } from '../../src/alerts/plan.js';
import { type SweepDeps, sweepAlerts } from '../../src/alerts/sweeper.js';
import {
  type Deadline,
  actionItemDeadlines,
  alertPoints,
  bugDeadlines,
  incidentDeadlines,
} from '../../src/rules/index.js';
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
  addBug,
  addIncident,
  addUser,
} from './fixtures.js';

const deps = (store: Store): SweepDeps => ({
  store,
  config: { baseUrl: BASE_URL, alerts: { management: MANAGEMENT, webhooks: [] }, ca: CA },
});

interface Seeded {
  readonly incident: number;
  readonly item: number;
  /** Every deadline with the key prefix of its subject. */
  readonly deadlines: { subject: { type: 'incident' | 'action_item' | 'bug'; id: number }; d: Deadline }[];
}

/** An incident owned by Bob in bug 1885754 with one action item, and bug 1885755 with no incident. */
async function seed(store: Store): Promise<Seeded> {
  await addUser(store, 'admin@ca.example', 'admin');
  const bob = await addUser(store, 'bob@ca.example');
  const carol = await addUser(store, 'carol@ca.example');
  const incident = await addIncident(store, bob, { bug_id: 1885754, owner_id: bob, co_owner_id: carol });
  const dueAt = Date.parse('2026-11-25T00:00:00Z');
  const item = await addActionItem(store, incident, { number: 1, due_at: dueAt, changed_at: T0 - DAY });
  await addBug(store, { id: 1885754, last_ca_comment_at: T0 });
  await addBug(store, { id: 1885755, last_ca_comment_at: T0 });
  const bug = (id: number) =>
    bugDeadlines({
      bugId: id,
      openedAt: T0 - 30 * DAY,
      revocationDelay: false,
      nextUpdateDate: null,
      lastCaCommentAt: T0,
      openQuestionAt: null,
      needinfoCaSince: null,
      lastActionItemChangeAt: id === 1885754 ? T0 - DAY : null,
    }).map((d) => ({ subject: { type: 'bug' as const, id }, d }));
  return {
    incident,
    item,
    deadlines: [
      ...incidentDeadlines({ awareAt: T0, firstReportAt: null, fullReportAt: null }).map((d) => ({
        subject: { type: 'incident' as const, id: incident },
        d,
      })),
      ...actionItemDeadlines({ number: 1, dueAt, status: 'Ongoing', createdAt: T0, completedAt: null }).map(
        (d) => ({ subject: { type: 'action_item' as const, id: item }, d }),
      ),
      ...bug(1885754),
      ...bug(1885755),
    ],
  };
}

describe('alerts about incidents, action items and bugs', () => {
  eachStore('two sweepers racing fire each point once', async ({ store, open, dialect }) => {
    const { deadlines } = await seed(store);
    const points = deadlines.flatMap(({ subject, d }) =>
      alertPoints(d).map((p) => ({ key: alertKey(subject, d, p), at: p.at })),
    );
    assert.equal(points.length, 4 * 5, 'two incident clocks, an action item and two bugs, four points each');
    // SQLite: one connection serialises them, and the second sweeper loses each race for the key.
    const sweepers = dialect === 'postgres' ? [store, await open()] : [store, store];
    const times = [...new Set(points.map((p) => p.at))].sort((a, b) => a - b);
    for (const now of times) {
      const fired = await Promise.all(sweepers.map((s) => sweepAlerts(deps(s), now)));
      assert.equal(
        fired.reduce((a, b) => a + b),
        points.filter((p) => p.at === now).length,
        `${new Date(now).toISOString()}: each point fired by exactly one sweeper (${fired.join(' + ')})`,
      );
    }
    assert.equal(await sweepAlerts(deps(store), times.at(-1) as number), 0);
    const rows = await store.db
      .selectFrom('alerts')
      .select(['key', 'case_id', 'subject', 'superseded_by'])
      .execute();
    assert.deepEqual(rows.map((r) => r.key).sort(), points.map((p) => p.key).sort());
    assert.ok(rows.every((r) => r.case_id === null && r.superseded_by === null));
    const prefixes = new Set(rows.map((r) => `${r.key.split(':')[0]} ${r.subject?.split(' ')[0]}`));
    assert.deepEqual([...prefixes].sort(), ['action-item action', 'bug bug', 'incident incident']);
    const emails = await store.db.selectFrom('outbox').select('dedupe_key').execute();
    assert.equal(new Set(emails.map((e) => e.dedupe_key)).size, emails.length);
  });

  eachStore(
    "alerts a bug's incident owners, and the desk and management for a bug without one",
    async ({ store }) => {
      const { incident, item } = await seed(store);
      // Half of the 7 days since the CA's last comment: the first point of both bugs' update clocks.
      assert.equal(
        await sweepAlerts(deps(store), T0 + 84 * H),
        4,
        'both bugs, the incident, the action item',
      );
      const rows = await store.db
        .selectFrom('outbox')
        .select(['recipients', 'subject', 'body', 'case_id'])
        .orderBy('id')
        .execute();
      const to = (subject: string) =>
        rows.filter((r) => r.subject.startsWith(`[${subject}]`)).map((r) => r.recipients);
      assert.deepEqual(to('bug 1885754'), ['bob@ca.example']);
      assert.deepEqual(to('bug 1885755'), ['admin@ca.example', ...MANAGEMENT]);
      // Both long overdue: the breach goes to everyone at once.
      const everyone = ['bob@ca.example', 'carol@ca.example', ...MANAGEMENT];
      assert.deepEqual(to(`incident ${incident}`), everyone);
      assert.deepEqual(to(`action item 1 of incident ${incident}`), everyone);
      const bugMail = rows.find((r) => r.subject.startsWith('[bug 1885755]'));
      assert.equal(
        bugMail?.subject,
        '[bug 1885755] Due in 3 d 12 h: Update within 7 days (CCADB IRG 3.2 "When are reports updated?")',
      );
      assert.match(bugMail?.body ?? '', /^bug 1885755: Update within 7 days\n/);
      assert.match(bugMail?.body ?? '', /\nOpen the bug: https:\/\/vigil\.test\/bugs\/1885755\n/);
      assert.match(
        bugMail?.body ?? '',
        /Sent to the bug's owner; for a bug without an owner, to the reviewers, admins and management\.$/,
      );
      const itemMail = rows.find((r) => r.subject.startsWith('[action item'));
      assert.match(
        itemMail?.body ?? '',
        new RegExp(`Open the incident: https://vigil.test/incidents/${incident}\n`),
      );
      assert.ok(rows.every((r) => r.case_id === null));
      const audit = await store.db
        .selectFrom('audit_log')
        .select(['subject_type', 'subject_id'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => `${a.subject_type} ${a.subject_id}`).sort(),
        [`action_item ${item}`, 'bug 1885754', 'bug 1885755', `incident ${incident}`].sort(),
      );
    },
  );
});
