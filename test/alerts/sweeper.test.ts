import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { type SweepDeps, sweepAlerts } from '../../src/alerts/sweeper.js';
import { sql } from 'kysely';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import { BASE_URL, CA, H, MANAGEMENT, T0, addCase, addReportCopy, addUser } from './fixtures.js';

const HOOK = 'http://127.0.0.1:9/hook';

function deps(store: Store, over: Partial<SweepDeps['config']['alerts']> = {}): SweepDeps {
  return {
    store,
    config: { baseUrl: BASE_URL, alerts: { management: MANAGEMENT, webhooks: [HOOK], ...over }, ca: CA },
  };
}

/** What the sweep queued: each e-mail as [subject, recipient], each webhook as its text. */
async function queued(store: Store) {
  const rows = await store.db.selectFrom('outbox').selectAll().orderBy('id').execute();
  return {
    emails: rows.filter((r) => r.kind === 'email').map((r) => [r.subject, r.recipients]),
    hooks: rows
      .filter((r) => r.kind === 'webhook')
      .map((r) => (JSON.parse(r.extra) as { text: string }).text),
  };
}

const alertRows = (store: Store) =>
  store.db
    .selectFrom('alerts')
    .select(['key', 'fraction', 'due_at', 'fired_at', 'recipients', 'superseded_by'])
    .orderBy('id')
    .execute();

async function staffedCase(store: Store, over: Parameters<typeof addCase>[1] = {}) {
  const owner = await addUser(store, 'owner@ca.example');
  const coOwner = await addUser(store, 'co@ca.example');
  return addCase(store, { owner_id: owner, co_owner_id: coOwner, ...over });
}

const REPORT = 'Preliminary report to the reporter and the subscriber (BR 4.9.5)';
const key = (id: number, point: string, dueAt: number) =>
  `case:${id}:${point}/${new Date(dueAt).toISOString()}`;

describe('sweepAlerts', () => {
  eachStore('fires each point once, at its time, to a widening circle', async ({ store }) => {
    const id = await staffedCase(store);
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H - 1), 0);
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 1);
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 0, 'a second sweep fires nothing');
    assert.equal(await sweepAlerts(deps(store), T0 + 18 * H), 1);
    assert.equal(await sweepAlerts(deps(store), T0 + 21.6 * H), 1);
    assert.equal(await sweepAlerts(deps(store), T0 + 24 * H), 1);
    assert.equal(await sweepAlerts(deps(store), T0 + 48 * H), 0, 'after the breach there is nothing more');

    const { emails, hooks } = await queued(store);
    const at50 = `[CPR-000001] Due in 12 h: ${REPORT}`;
    const at75 = `[CPR-000001] Due in 6 h: ${REPORT}`;
    const at90 = `[CPR-000001] Due in 2 h 24 min: ${REPORT}`;
    const at100 = `[CPR-000001] Overdue now: ${REPORT}`;
    assert.deepEqual(emails, [
      [at50, 'owner@ca.example'],
      [at75, 'owner@ca.example'],
      [at75, 'co@ca.example'],
      [at90, 'owner@ca.example'],
      [at90, 'co@ca.example'],
      [at90, 'boss@ca.example'],
      [at90, 'compliance@ca.example'],
      [at100, 'owner@ca.example'],
      [at100, 'co@ca.example'],
      [at100, 'boss@ca.example'],
      [at100, 'compliance@ca.example'],
    ]);
    assert.equal(hooks.length, 4);
    assert.equal(
      hooks[3],
      `CPR-000001: Preliminary report to the reporter and the subscriber overdue now (100 %, BR 4.9.5). ${BASE_URL}/cases/1`,
    );
    const everyone = 'owner@ca.example, co@ca.example, boss@ca.example, compliance@ca.example';
    const fired: [percent: number, hours: number, recipients: string][] = [
      [50, 12, 'owner@ca.example'],
      [75, 18, 'owner@ca.example, co@ca.example'],
      [90, 21.6, everyone],
      [100, 24, everyone],
    ];
    assert.deepEqual(
      await alertRows(store),
      fired.map(([percent, hours, recipients]) => ({
        key: key(id, `cpr.preliminary-report@${percent}`, T0 + 24 * H),
        fraction: percent / 100,
        due_at: T0 + hours * H,
        fired_at: T0 + hours * H,
        recipients,
        superseded_by: null,
      })),
    );
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'actor_label'])
      .execute();
    assert.deepEqual(
      audit,
      Array(4).fill({ action: 'alert.fired', subject_id: id, actor_label: 'alert sweeper' }),
    );
  });

  eachStore(
    'after downtime fires only the highest due point, and never the ones it replaced',
    async ({ store }) => {
      const id = await staffedCase(store);
      assert.equal(await sweepAlerts(deps(store), T0 + 22 * H), 1);
      assert.equal(await sweepAlerts(deps(store), T0 + 23 * H), 0);
      const due = T0 + 24 * H;
      const at90 = key(id, 'cpr.preliminary-report@90', due);
      assert.deepEqual(
        (await alertRows(store)).map((a) => [a.key, a.recipients !== '', a.superseded_by]),
        [
          [at90, true, null],
          [key(id, 'cpr.preliminary-report@75', due), false, at90],
          [key(id, 'cpr.preliminary-report@50', due), false, at90],
        ],
      );
      assert.deepEqual(
        (await queued(store)).emails.map(([subject]) => subject),
        Array(4).fill(`[CPR-000001] Due in 2 h: ${REPORT}`),
        'the late alert says how much time is really left',
      );
      assert.equal(await sweepAlerts(deps(store), T0 + 24 * H), 1, 'the breach still fires');
    },
  );

  eachStore('fires nothing for a met deadline, a closed case or a dismissed one', async ({ store }) => {
    const met = await staffedCase(store);
    await addCase(store, { status: 'closed', closed_at: T0 + H });
    await addCase(store, { triage: 'dismissed' });
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 1, 'only the open case');
    await addReportCopy(store, met, 'reporter@example.org', { state: 'sent', at: T0 + 13 * H });
    await addReportCopy(store, met, 'pki@subscriber.example', { state: 'sent', at: T0 + 14 * H });
    assert.equal(await sweepAlerts(deps(store), T0 + 30 * H), 0);
    assert.equal((await alertRows(store)).length, 1);
  });

  eachStore('keeps alerting while a copy of the preliminary report was refused', async ({ store }) => {
    const id = await staffedCase(store);
    await addReportCopy(store, id, 'reporter@example.org', { state: 'sent', at: T0 + H });
    await addReportCopy(store, id, 'pki@subscriber.example', { state: 'dead', at: T0 + H });
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 1);
    assert.equal(await sweepAlerts(deps(store), T0 + 24 * H), 1);
    assert.deepEqual(
      (await alertRows(store)).map((a) => a.key),
      [
        key(id, 'cpr.preliminary-report@50', T0 + 24 * H),
        key(id, 'cpr.preliminary-report@100', T0 + 24 * H),
        key(id, 'cpr.preliminary-report@90', T0 + 24 * H),
        key(id, 'cpr.preliminary-report@75', T0 + 24 * H),
      ],
    );
  });

  eachStore(
    'alerts the admins, reviewers and management while a case has no active owner',
    async ({ store }) => {
      await addUser(store, 'admin@ca.example', 'admin');
      await addUser(store, 'reviewer@ca.example', 'reviewer');
      await addUser(store, 'staff@ca.example', 'staff');
      await addUser(store, 'gone@ca.example', 'admin', T0 - H);
      const departed = await addUser(store, 'left@ca.example', 'staff', T0 - H);
      await addCase(store);
      await addCase(store, { owner_id: departed });
      assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 2);
      const desk = ['admin@ca.example', 'reviewer@ca.example', ...MANAGEMENT];
      assert.deepEqual(
        (await queued(store)).emails.map(([, to]) => to),
        [...desk, ...desk],
      );
    },
  );

  eachStore('records an alert nobody can be e-mailed about, loudly', async ({ store }) => {
    await addCase(store);
    assert.equal(await sweepAlerts(deps(store, { management: [] }), T0 + 12 * H), 1);
    assert.deepEqual(
      (await alertRows(store)).map((a) => a.recipients),
      [''],
    );
    const { emails, hooks } = await queued(store);
    assert.deepEqual([emails.length, hooks.length], [0, 1], 'the webhook still goes');
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'alert.unaddressed');
  });

  eachStore(
    'watches the revocation deadline the reason sets, and a changed reason anew',
    async ({ store }) => {
      // Reason 6 (weak key) allows 5 days, and recommends 24 hours.
      const id = await staffedCase(store, { revocation_reason: 6, revocation_decided_at: T0 + H });
      assert.equal(await sweepAlerts(deps(store), T0 + 60 * H), 3);
      assert.deepEqual(
        (await alertRows(store)).filter((a) => a.superseded_by === null).map((a) => a.key),
        [
          key(id, 'cpr.preliminary-report@100', T0 + 24 * H),
          key(id, 'cpr.revocation.should@100', T0 + 24 * H),
          key(id, 'cpr.revocation@50', T0 + 120 * H),
        ],
      );
      // Found to be a key compromise after all: 24 hours, long past. The new window breaches at once.
      await store.db.updateTable('cases').set({ revocation_reason: 3 }).where('id', '=', id).execute();
      assert.equal(await sweepAlerts(deps(store), T0 + 61 * H), 1);
      const last = (await alertRows(store)).filter((a) => a.superseded_by === null).at(-1);
      assert.equal(last?.key, key(id, 'cpr.revocation@100', T0 + 24 * H));
      await store.db
        .updateTable('cases')
        .set({ revocation_published_at: T0 + 62 * H })
        .where('id', '=', id)
        .execute();
      assert.equal(await sweepAlerts(deps(store), T0 + 200 * H), 0, 'a published revocation ends its alerts');
    },
  );

  eachStore('sweepers racing on one database fire each point once', async ({ store, open, dialect }) => {
    for (let i = 0; i < 20; i++) await staffedCaseFor(store, i);
    // SQLite: one connection serialises them, and every sweeper but the first loses each race for the key.
    const stores = dialect === 'postgres' ? [store, await open(), await open()] : [store, store, store];
    for (const hours of [12, 18, 21.6, 24]) {
      const fired = await Promise.all(stores.map((s) => sweepAlerts(deps(s), T0 + hours * H)));
      assert.equal(
        fired.reduce((a, b) => a + b),
        20,
        `${hours} h: each case's point fired by exactly one sweeper (${fired.join(' + ')})`,
      );
    }
    const { emails, hooks } = await queued(store);
    assert.equal(emails.length, 20 * (1 + 2 + 4 + 4));
    assert.equal(hooks.length, 20 * 4);
    assert.equal(new Set(emails.map((e) => e.join())).size, emails.length);
  });

  eachStore('a sweep that fails before its commit leaves nothing behind', async ({ store, dialect }) => {
    await staffedCase(store);
    await failOutboxInserts(store, dialect);
    await assert.rejects(sweepAlerts(deps(store), T0 + 12 * H), (error: AggregateError) => {
      assert.match(error.message, /alerts failed for 1 case/);
      assert.match((error.errors[0] as Error).message, /^alerts of case 1: .*outbox refused/);
      return true;
    });
    assert.deepEqual(await alertRows(store), []);
    assert.deepEqual(await store.db.selectFrom('audit_log').selectAll().execute(), []);
    await sql
      .raw('DROP TRIGGER outbox_refused' + (dialect === 'postgres' ? ' ON outbox' : ''))
      .execute(store.db);
    assert.equal(await sweepAlerts(deps(store), T0 + 12 * H), 1);
  });

  eachStore('a case the rules reject does not hold up the others', async ({ store }) => {
    await addCase(store, { revocation_reason: 99, revocation_decided_at: T0 });
    await staffedCase(store);
    await assert.rejects(sweepAlerts(deps(store), T0 + 12 * H), /alerts failed for 1 case/);
    assert.deepEqual(
      (await queued(store)).emails.map(([subject]) => subject),
      [`[CPR-000002] Due in 12 h: ${REPORT}`],
    );
  });
});

async function staffedCaseFor(store: Store, i: number): Promise<number> {
  const owner = await addUser(store, `owner${i}@ca.example`);
  const coOwner = await addUser(store, `co${i}@ca.example`);
  return addCase(store, { owner_id: owner, co_owner_id: coOwner });
}

/** Makes every insert into the outbox fail inside the sweep's transaction, as a crash there would. */
async function failOutboxInserts(store: Store, dialect: string): Promise<void> {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `CREATE TRIGGER outbox_refused BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox refused'); END`,
      )
      .execute(store.db);
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION outbox_refused() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$`,
    )
    .execute(store.db);
  await sql
    .raw(
      'CREATE TRIGGER outbox_refused BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_refused()',
    )
    .execute(store.db);
}
