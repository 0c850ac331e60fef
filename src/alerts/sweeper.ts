/**
 * The alert sweeper. For every open case (not dismissed at triage) it derives the deadlines from
 * the case's facts (facts.ts: a preliminary report counts as sent once the relay took every copy),
 * and fires each alert point that has come due and has not fired: one transaction inserts the
 * alert's row, whose key is unique, and queues its e-mails and webhooks in the outbox. A sweeper
 * that loses the race for the key (another instance, a retry after a crash) inserts nothing and
 * queues nothing, and a crash before the commit leaves nothing behind, so any number of sweepers
 * on one database, restarted at any moment, fire each point exactly once.
 * Delivery is the outbox's business from there on (delivery/deliver.ts).
 *
 * A deadline that is met schedules no alert, and a case that is closed or dismissed is not swept.
 * Several points found due at once fire as one: see plan.ts.
 */
import type { Transaction } from 'kysely';
import type { Config } from '../config/config.js';
import { enqueueEmail, enqueueWebhook } from '../delivery/outbox.js';
import { type Deadline, cprDeadlines } from '../rules/index.js';
import { type Actor, audit } from '../store/audit.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { caseRecordsOf, cprFactsOf, NO_RECORDS } from './facts.js';
import { alertPayload, alertSubject, alertText } from './message.js';
import { type AlertPlan, alertKey, planAlerts } from './plan.js';
import { type CasePeople, alertRecipients } from './recipients.js';

export interface SweepDeps {
  readonly store: Store;
  readonly config: Pick<Config, 'baseUrl' | 'alerts'>;
}

const SWEEPER: Actor = { type: 'system', id: null, label: 'alert sweeper' };

/**
 * Fires every due alert; returns how many fired. A case whose alerts fail (a bug, or a fact the
 * rules reject) does not hold up the others: they are all swept, then the failures are thrown.
 */
export async function sweepAlerts({ store, config }: SweepDeps, now: number): Promise<number> {
  const openCases = store.db
    .selectFrom('cases')
    .where('status', '=', 'open')
    .where('triage', '!=', 'dismissed');
  const cases = await openCases
    .select([
      'id',
      'owner_id',
      'co_owner_id',
      'received_at',
      'revocation_reason',
      'revocation_decided_at',
      'revocation_subordinate_ca',
      'revocation_published_at',
    ])
    .orderBy('id')
    .execute();
  if (cases.length === 0) return 0;
  const open = openCases.select('id');
  const records = await caseRecordsOf(
    store.db,
    cases.map((c) => c.id),
  );
  const recorded = new Set(
    (await store.db.selectFrom('alerts').select('key').where('case_id', 'in', open).execute()).map(
      (r) => r.key,
    ),
  );
  const users = await store.db
    .selectFrom('users')
    .select(['id', 'email', 'role'])
    .where('disabled_at', 'is', null)
    .execute();
  const active = new Map(users.map((u) => [u.id, u.email]));
  const desk = users.filter((u) => u.role === 'admin' || u.role === 'reviewer').map((u) => u.email);

  let fired = 0;
  const failures: Error[] = [];
  for (const c of cases) {
    const people: CasePeople = {
      owner: (c.owner_id !== null && active.get(c.owner_id)) || null,
      coOwner: (c.co_owner_id !== null && active.get(c.co_owner_id)) || null,
      management: config.alerts.management,
      desk,
    };
    try {
      for (const deadline of cprDeadlines(cprFactsOf(c, records.get(c.id) ?? NO_RECORDS))) {
        const plan = planAlerts(deadline, now, (p) => recorded.has(alertKey(c.id, deadline, p)));
        if (plan !== null && (await record(store, config, { caseId: c.id, deadline, plan, people }, now)))
          fired++;
      }
    } catch (error) {
      failures.push(new Error(`alerts of case ${c.id}: ${(error as Error).message}`, { cause: error }));
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `alerts failed for ${failures.length} case(s); the others were swept`);
  return fired;
}

interface Firing {
  readonly caseId: number;
  readonly deadline: Deadline;
  readonly plan: AlertPlan;
  readonly people: CasePeople;
}

/** Records a plan in one transaction; true when its point fired here and now. */
function record(
  store: Store,
  config: SweepDeps['config'],
  { caseId, deadline, plan, people }: Firing,
  now: number,
): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const point = plan.fire;
    const key = point && alertKey(caseId, deadline, point);
    const recipients = point ? alertRecipients(point.tier, people) : [];
    // The fired point's key first: whoever inserts it fires it; whoever cannot, stops here.
    if (point && key && !(await insertAlert(trx, { caseId, deadline, point, key, recipients }, null, now)))
      return false;
    for (const lower of plan.supersede)
      await insertAlert(
        trx,
        { caseId, deadline, point: lower, key: alertKey(caseId, deadline, lower), recipients: [] },
        key,
        now,
      );
    if (!point || !key) return false;

    const notice = { caseId, deadline, point, now, baseUrl: config.baseUrl };
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
      subject: { type: 'case', id: caseId },
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
  readonly caseId: number;
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
      case_id: row.caseId,
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
