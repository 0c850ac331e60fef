/**
 * Every due alert is delivered exactly once, though the workers that sweep and deliver are real
 * processes killed with SIGKILL at random moments, mid-burst, and restarted. The clock is test
 * time: it moves from one alert point to the next, and each step waits until the work due by then
 * is done or abandoned by a dead worker, never for time to pass.
 *
 * What the sink receives is compared with what the rules say is due, computed here independently:
 * each (alert, recipient) once, nothing missing, nothing extra. One repeat is allowed by design,
 * and only where it is proved: a row the relay had accepted while the database still shows it
 * unsent when its worker died (deliver.ts: the window between the relay's 250 and the commit).
 * Such a repeat must carry the same Message-ID. The test reports how often that window was hit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alertKey } from '../../src/alerts/plan.js';
import { type CprFacts, alertPoints, cprDeadlines } from '../../src/rules/index.js';
import type { Store } from '../../src/store/database.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { withTestStore } from '../support/stores.js';
import { type WebhookSink, startWebhookSink } from '../support/webhookSink.js';
import { Crew } from './crew.js';
import { BASE_URL, H, MANAGEMENT, T0, addCase, addUser } from './fixtures.js';

const DESK = ['admin@ca.example', 'reviewer@ca.example'];
const OFFSETS = [0, 40 * 60_000, 100 * 60_000];
const PHASE_TIMEOUT_MS = 60_000;

/** A small deterministic generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

interface CaseSpec {
  readonly id: number;
  readonly facts: CprFacts;
  readonly owner: string | null;
  readonly coOwner: string | null;
}

/** Cases received at three times, with and without owners, with no, a 24-hour and a 5-day revocation. */
async function seed(store: Store, count: number): Promise<CaseSpec[]> {
  await addUser(store, DESK[0] as string, 'admin');
  await addUser(store, DESK[1] as string, 'reviewer');
  const specs: CaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const owner = i % 4 === 0 ? null : `owner${i}@ca.example`;
    const coOwner = owner === null || i % 3 === 0 ? null : `co${i}@ca.example`;
    const receivedAt = T0 + (OFFSETS[i % OFFSETS.length] as number);
    const reason = [null, 3, 6, null, null][i % 5] ?? null;
    const id = await addCase(store, {
      received_at: receivedAt,
      owner_id: owner === null ? null : await addUser(store, owner),
      co_owner_id: coOwner === null ? null : await addUser(store, coOwner),
      revocation_reason: reason,
      revocation_decided_at: reason === null ? null : receivedAt + H,
    });
    const facts: CprFacts = {
      receivedAt,
      preliminaryReportSentAt: null,
      revocation: reason === null ? null : { reason, decidedAt: receivedAt + H },
      revocationPublishedAt: null,
    };
    specs.push({ id, facts, owner, coOwner });
  }
  return specs;
}

/** The policy, restated: 50 % owner; 75 % and co-owner; 90 % and breach, and management. No owner: the desk. */
function recipientsOf(spec: CaseSpec, percent: number): string[] {
  if (spec.owner === null) return [...DESK, ...MANAGEMENT];
  const co = spec.coOwner === null ? [] : [spec.coOwner];
  if (percent === 50) return [spec.owner];
  if (percent === 75) return [spec.owner, ...co];
  return [spec.owner, ...co, ...MANAGEMENT];
}

interface Expected {
  /** Every alert key with the time its point comes due. */
  readonly points: { readonly key: string; readonly at: number }[];
  /** `${alert key} ${recipient}` for every e-mail. */
  readonly emails: string[];
}

function expected(specs: readonly CaseSpec[]): Expected {
  const points: Expected['points'] = [];
  const emails: string[] = [];
  for (const spec of specs)
    for (const deadline of cprDeadlines(spec.facts))
      for (const point of alertPoints(deadline)) {
        const key = alertKey({ type: 'case', id: spec.id }, deadline, point);
        points.push({ key, at: point.at });
        for (const to of recipientsOf(spec, Math.round(point.fraction * 100))) emails.push(`${key} ${to}`);
      }
  return { points, emails };
}

/** The outbox row a delivered message came from, by its Message-ID or Idempotency-Key. */
const rowOf = (messageId: string) => Number(/^<outbox\.(\d+)\./.exec(messageId)?.[1]);

async function settled(
  store: Store,
  now: number,
  alerts: number,
  dead: ReadonlySet<string>,
): Promise<boolean> {
  const recorded = await store.db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(recorded.n) < alerts) return false;
  const pending = await store.db
    .selectFrom('outbox')
    .select(['claimed_by', 'claim_expires_at'])
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .execute();
  // Left only with rows a killed worker holds until its lease runs out (the next step of the clock).
  return pending.every(
    (r) => r.claimed_by !== null && dead.has(r.claimed_by) && (r.claim_expires_at ?? 0) >= now,
  );
}

/** Rows the receivers have while the database says unsent: caught between the relay's answer and the commit. */
async function inWindow(store: Store, sink: SmtpSink, hooks: WebhookSink): Promise<number[]> {
  await sink.idle();
  const delivered = [
    ...sink.messages.map((m) => rowOf(m.messageId)),
    ...hooks.received.map((h) => rowOf(String(h.headers['idempotency-key']))),
  ];
  if (delivered.length === 0) return [];
  const unsent = await store.db
    .selectFrom('outbox')
    .select('id')
    .where('id', 'in', delivered)
    .where('state', '!=', 'sent')
    .execute();
  return unsent.map((r) => r.id);
}

interface Run {
  readonly workers: number;
  readonly cases: number;
  /** Chance, per step of the clock, that a worker is killed during the burst (all of them: a tenth of that). */
  readonly killRate: number;
}

async function runCrashing(
  store: Store,
  url: string,
  run: Run,
  diagnostic: (s: string) => void,
): Promise<void> {
  const seedValue = Number(process.env.VIGIL_TEST_SEED ?? Date.now() % 1_000_000);
  const rand = random(seedValue);
  const specs = await seed(store, run.cases);
  const want = expected(specs);
  const sink = await startSmtpSink();
  const hooks = await startWebhookSink();
  const crew = new Crew(
    {
      ...process.env,
      DATABASE_URL: url,
      VIGIL_BASE_URL: BASE_URL,
      VIGIL_SMTP_RELAY: `smtp://127.0.0.1:${sink.port}`,
      VIGIL_ALERT_MANAGEMENT: MANAGEMENT.join(','),
      VIGIL_ALERT_WEBHOOKS: hooks.url,
    },
    run.workers,
  );
  const started = performance.now();
  const window = new Set<number>();
  let kills = 0;
  try {
    const times = [...new Set(want.points.map((p) => p.at))].sort((a, b) => a - b);
    // The last step is a day after the last point: every lease a dead worker left has run out.
    for (const now of [...times, (times.at(-1) as number) + 24 * H]) {
      crew.setNow(now);
      const names = crew.names;
      const one = names[Math.floor(rand() * names.length)] as string;
      const victims = rand() >= run.killRate ? [] : rand() < 0.1 ? names : [one];
      const killing = Promise.all(
        victims.map(async (name) => {
          await new Promise((resolve) => setTimeout(resolve, rand() * 80));
          await crew.kill(name);
          kills++;
        }),
      );
      const due = want.points.filter((p) => p.at <= now).length;
      const deadline = performance.now() + PHASE_TIMEOUT_MS;
      await killing;
      while (!(await settled(store, now, due, crew.dead))) {
        assert.deepEqual(crew.problems, []);
        assert.ok(
          performance.now() < deadline,
          `the work due at ${new Date(now).toISOString()} was never done`,
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (const id of await inWindow(store, sink, hooks)) window.add(id);
    }
  } finally {
    await crew.stop();
    await hooks.close();
    await sink.close();
  }
  assert.deepEqual(crew.problems, []);

  // E-mail: per Message-ID, one copy, or two for a row caught in the window; per (alert, recipient), one Message-ID.
  const copies = new Map<string, { count: number; what: string }>();
  for (const m of sink.messages) {
    const what = `${String(m.headers.get('x-vigil-alert'))} ${m.envelopeTo.join(',')}`;
    const seen = copies.get(m.messageId);
    if (seen) assert.equal(seen.what, what, 'a repeat is the same message');
    copies.set(m.messageId, { count: (seen?.count ?? 0) + 1, what });
  }
  const repeats = [...copies].filter(([, c]) => c.count > 1);
  for (const [messageId, c] of repeats) {
    assert.equal(c.count, 2, `${messageId} delivered ${c.count} times`);
    assert.ok(
      window.has(rowOf(messageId)),
      `${messageId} (${c.what}) repeated outside the documented window`,
    );
  }
  assert.deepEqual(
    [...copies.values()].map((c) => c.what).sort(),
    [...want.emails].sort(),
    'every (alert, recipient) is delivered, once',
  );

  // Webhooks: one per alert, by the same rule.
  const hookCopies = new Map<string, number>();
  for (const h of hooks.received) {
    const key = String(h.headers['idempotency-key']);
    hookCopies.set(key, (hookCopies.get(key) ?? 0) + 1);
  }
  for (const [key, count] of hookCopies)
    assert.ok(
      count === 1 || (count === 2 && window.has(rowOf(key))),
      `webhook ${key} delivered ${count} times`,
    );
  const hookAlerts = hooks.received.map((h) => {
    const b = h.body as { caseId: number; deadline: string; percent: number; dueAt: string };
    return `case:${b.caseId}:${b.deadline}@${b.percent}/${b.dueAt}`;
  });
  assert.deepEqual([...new Set(hookAlerts)].sort(), want.points.map((p) => p.key).sort());

  const states = await store.db
    .selectFrom('outbox')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  assert.deepEqual(
    states.map((s) => [s.state, Number(s.n)]),
    [['sent', want.emails.length + want.points.length]],
  );
  diagnostic(
    `seed ${seedValue}: ${want.points.length} alerts, ${want.emails.length} e-mails, ${kills} kills, ` +
      `${window.size} rows caught between the relay's answer and the commit (${repeats.length} repeated), ` +
      `${Math.round(performance.now() - started)} ms`,
  );
}

describe('alerts are delivered exactly once by workers killed at random', () => {
  for (const dialect of ['sqlite', 'postgres'] as const)
    it(`three workers on one ${dialect} database, each killed and restarted at random`, (t) =>
      withTestStore(dialect, 'exactly_once', t, ({ store, url }) =>
        runCrashing(store, url, { workers: 3, cases: 12, killRate: 0.5 }, (s) => t.diagnostic(s)),
      ));

  it('one vigil process on its SQLite file, killed mid-burst again and again', (t) =>
    withTestStore('sqlite', 'killed_alone', t, ({ store, url }) =>
      runCrashing(store, url, { workers: 1, cases: 12, killRate: 0.5 }, (s) => t.diagnostic(s)),
    ));
});
