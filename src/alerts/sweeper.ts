/**
 * The alert sweeper. For every subject with running clocks (clocks.ts: open cases not dismissed at
 * triage, open incidents and their action items, the CA's own open bugs) it derives the deadlines
 * from the stored facts and fires each alert point that has come due and has not fired: one
 * transaction inserts the alert's row, whose key is unique, and queues its e-mails and webhooks in
 * the outbox. A sweeper that loses the race for the key (another instance, a retry after a crash)
 * inserts nothing and queues nothing, and a crash before the commit leaves nothing behind, so any
 * number of sweepers on one database, restarted at any moment, fire each point exactly once.
 * Delivery is the outbox's business from there on (delivery/deliver.ts).
 *
 * A deadline that is met schedules no alert, and a closed subject is not swept.
 * Several points found due at once fire as one: see plan.ts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config/config.js';
import { enqueueEmail, enqueueWebhook } from '../delivery/outbox.js';
import type { Deadline } from '../rules/index.js';
import { type Actor, audit } from '../store/audit.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { type ClockSubject, clockSubjects } from './clocks.js';
import { alertPayload, alertSubject, alertText } from './message.js';
import { type AlertPlan, alertKey, planAlerts } from './plan.js';
import { type CasePeople, alertRecipients } from './recipients.js';

export interface SweepDeps {
  readonly store: Store;
  readonly config: Pick<Config, 'baseUrl' | 'alerts' | 'ca'>;
}

const SWEEPER: Actor = { type: 'system', id: null, label: 'alert sweeper' };

/**
 * Fires every due alert; returns how many fired. A subject whose alerts fail (a bug, or a fact the
 * rules reject) does not hold up the others: they are all swept, then the failures are thrown.
 */
export async function sweepAlerts({ store, config }: SweepDeps, now: number): Promise<number> {
  const subjects = await clockSubjects(store.db, config);
  if (subjects.length === 0) return 0;
  const recorded = await recordedKeys(store.db, subjects);
  const users = await store.db
    .selectFrom('users')
    .select(['id', 'email', 'role'])
    .where('disabled_at', 'is', null)
    .execute();
  const active = new Map(users.map((u) => [u.id, u.email]));
  const desk = users.filter((u) => u.role === 'admin' || u.role === 'reviewer').map((u) => u.email);

  let fired = 0;
  const failures: Error[] = [];
  for (const s of subjects) {
    const people: CasePeople = {
      owner: (s.ownerId !== null && active.get(s.ownerId)) || null,
      coOwner: (s.coOwnerId !== null && active.get(s.coOwnerId)) || null,
      management: config.alerts.management,
      desk,
    };
    try {
      for (const deadline of s.deadlines()) {
        const plan = planAlerts(deadline, now, (p) => recorded.has(alertKey(s, deadline, p)));
        if (plan !== null && (await record(store, config, { target: s, deadline, plan, people }, now)))
          fired++;
      }
    } catch (error) {
      failures.push(new Error(`alerts of ${s.type} ${s.id}: ${(error as Error).message}`, { cause: error }));
    }
  }
  if (failures.length > 0)
    throw new AggregateError(
      failures,
      `alerts failed for ${failures.length} case(s), incident(s) or bug(s); the others were swept`,
    );
  return fired;
}

/** The keys already recorded for these subjects: a case's alerts by its id, the others' by their subject. */
async function recordedKeys(db: Kysely<Database>, subjects: readonly ClockSubject[]): Promise<Set<string>> {
  const caseIds = subjects.filter((s) => s.type === 'case').map((s) => s.id);
  const others = subjects.filter((s) => s.type !== 'case').map((s) => s.subject);
  const rows = await db
    .selectFrom('alerts')
    .select('key')
    .where((eb) =>
      eb.or([
        ...(caseIds.length > 0 ? [eb('case_id', 'in', caseIds)] : []),
        ...(others.length > 0 ? [eb('subject', 'in', others)] : []),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.key));
}

interface Firing {
  readonly target: ClockSubject;
  readonly deadline: Deadline;
  readonly plan: AlertPlan;
  readonly people: CasePeople;
}

/** Records a plan in one transaction; true when its point fired here and now. */
function record(
  store: Store,
  config: SweepDeps['config'],
  { target, deadline, plan, people }: Firing,
  now: number,
): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const point = plan.fire;
    const key = point && alertKey(target, deadline, point);
    const recipients = point ? alertRecipients(point.tier, people) : [];
    // The fired point's key first: whoever inserts it fires it; whoever cannot, stops here.
    if (point && key && !(await insertAlert(trx, { target, deadline, point, key, recipients }, null, now)))
      return false;
    for (const lower of plan.supersede)
      await insertAlert(
        trx,
        { target, deadline, point: lower, key: alertKey(target, deadline, lower), recipients: [] },
        key,
        now,
      );
    if (!point || !key) return false;

    const notice = { target, deadline, point, now, baseUrl: config.baseUrl };
    const caseId = target.type === 'case' ? target.id : null;
    const subject = alertSubject(notice);
    const text = alertText(notice);
    for (const to of recipients)
      await enqueueEmail(
        trx,
        {
          dedupeKey: `alert:${key}:${to.toLowerCase()}`,
          to: [to],
          subject,
          text,
          caseId,
          headers: { 'Auto-Submitted': 'auto-generated', 'X-Vigil-Alert': key },
        },
        now,
      );
    const payload = alertPayload(notice);
    for (const url of config.alerts.webhooks)
      await enqueueWebhook(
        trx,
        { dedupeKey: `alert:${key}:webhook:${url}`, url, summary: subject, payload, caseId },
        now,
      );
    await audit(trx, {
      actor: SWEEPER,
      // Nobody to e-mail (no owner, no admin or reviewer, no management list) must not pass unseen.
      action: recipients.length > 0 ? 'alert.fired' : 'alert.unaddressed',
      at: now,
      subject: { type: target.type, id: target.id },
      details: {
        key,
        deadline: deadline.key,
        percent: Math.round(point.fraction * 100),
        dueAt: deadline.dueAt,
        recipients,
        webhooks: config.alerts.webhooks.length,
        superseded: plan.supersede.map((p) => p.key),
      },
    });
    return true;
  });
}

interface AlertRow {
  readonly target: ClockSubject;
  readonly deadline: Deadline;
  readonly point: { readonly fraction: number; readonly at: number };
  readonly key: string;
  readonly recipients: readonly string[];
}

/** Inserts the alert's row unless its key exists; true when this call inserted it. */
async function insertAlert(
  trx: Transaction<Database>,
  row: AlertRow,
  supersededBy: string | null,
  now: number,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('alerts')
    .values({
      key: row.key,
      // A case's alerts keep case_id alone, as they always had; the others name their subject.
      case_id: row.target.type === 'case' ? row.target.id : null,
      subject: row.target.type === 'case' ? null : row.target.subject,
      deadline_key: row.deadline.key,
      fraction: row.point.fraction,
      due_at: row.point.at,
      fired_at: now,
      recipients: row.recipients.join(', '),
      superseded_by: supersededBy,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
