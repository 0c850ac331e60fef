/**
 * Users, cases, incidents, bugs and outbox e-mails for the alert tests, written straight to the
 * store as intake, staff, the register, the Bugzilla sync and delivery would.
 */
import { enqueueEmail } from '../../src/delivery/outbox.js';
import type { Insertable } from 'kysely';
import type { Store } from '../../src/store/database.js';
import type { ActionItemsTable, BugsTable, IncidentsTable } from '../../src/store/incidentSchema.js';
import type { NewCase, OutboxState, Role } from '../../src/store/schema.js';

export const H = 3_600_000;
export const T0 = Date.parse('2026-11-23T10:00:00.000Z');
export const BASE_URL = 'https://vigil.test';
export const MANAGEMENT = ['boss@ca.example', 'compliance@ca.example'];
/** The CA as Bugzilla knows it: bugs whose summary starts "Example CA:" are its own. */
export const CA = { owner: 'Example CA', domains: ['ca.example'], accounts: [] };

export async function addUser(
  store: Store,
  email: string,
  role: Role = 'staff',
  disabledAt: number | null = null,
): Promise<number> {
  const row = await store.db
    .insertInto('users')
    .values({
      email,
      display_name: email,
      password_hash: 'x',
      role,
      created_at: T0 - 100 * H,
      disabled_at: disabledAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addCase(store: Store, over: Partial<NewCase> = {}): Promise<number> {
  const row = await store.db
    .insertInto('cases')
    .values({
      received_at: T0,
      channel: 'smtp',
      reporter_email: 'reporter@example.org',
      subject: 'Misissued certificate <!channel>',
      body: 'text',
      verdict: 'cpr',
      classification: '{}',
      triage: 'suspected',
      status: 'open',
      revocation_subordinate_ca: 0,
      ...over,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An e-mail queued an hour before `at`, as delivery left it at `at`: pending still, taken by the relay, or refused. */
export async function addOutboxEmail(
  store: Store,
  email: {
    readonly dedupeKey: string;
    readonly to: string;
    readonly subject?: string;
    readonly caseId?: number;
  },
  outcome: { readonly state: OutboxState; readonly at: number; readonly error?: string },
): Promise<void> {
  await enqueueEmail(
    store.db,
    {
      dedupeKey: email.dedupeKey,
      to: [email.to],
      subject: email.subject ?? 'subject',
      text: 'text',
      caseId: email.caseId ?? null,
    },
    outcome.at - H,
  );
  if (outcome.state === 'pending') return;
  await store.db
    .updateTable('outbox')
    .set({
      state: outcome.state,
      attempts: 1,
      sent_at: outcome.state === 'sent' ? outcome.at : null,
      last_error: outcome.state === 'dead' ? (outcome.error ?? '550 mailbox unavailable') : null,
    })
    .where('dedupe_key', '=', email.dedupeKey)
    .execute();
}

/** The copy of the case's preliminary report to one recipient (cpr/workflow.ts queues them under this key). */
export const addReportCopy = (
  store: Store,
  caseId: number,
  to: string,
  outcome: { readonly state: 'sent' | 'dead'; readonly at: number },
) => addOutboxEmail(store, { dedupeKey: `report:${caseId}:${to}`, to, caseId }, outcome);

export const DAY = 24 * H;

/** An open incident, as the register writes it (incidents/register.ts). */
export async function addIncident(
  store: Store,
  createdBy: number,
  over: Partial<Insertable<IncidentsTable>> = {},
): Promise<number> {
  const row = await store.db
    .insertInto('incidents')
    .values({
      title: 'Example CA: certificates with an invalid subject',
      status: 'open',
      aware_at: T0,
      revocation_delay: 0,
      report: '{}',
      created_by: createdBy,
      created_at: T0,
      updated_at: T0,
      ...over,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addActionItem(
  store: Store,
  incidentId: number,
  over: Partial<Insertable<ActionItemsTable>> & { number: number },
): Promise<number> {
  const row = await store.db
    .insertInto('action_items')
    .values({
      incident_id: incidentId,
      description: 'Lint every certificate before issuance',
      kind: 'Prevent',
      root_causes: '1',
      evaluation_criteria: 'No certificate issued without a lint run',
      status: 'Ongoing',
      created_at: T0,
      changed_at: T0,
      ...over,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A bug as the sync leaves it (bugzilla/sync.ts): the raw fields and the facts derived from them. */
export async function addBug(
  store: Store,
  over: Partial<Insertable<BugsTable>> & { id: number },
): Promise<void> {
  await store.db
    .insertInto('bugs')
    .values({
      product: 'CA Program',
      component: 'CA Certificate Compliance',
      summary: 'Example CA: certificates with an invalid subject',
      status: 'ASSIGNED',
      resolution: '',
      whiteboard: '[ca-compliance] [ov-misissuance]',
      creator: 'pki@ca.example',
      assigned_to: 'pki@ca.example',
      creation_time: T0 - 30 * DAY,
      last_change_time: T0 - DAY,
      is_open: 1,
      flags: '[]',
      comment_count: 3,
      synced_at: T0,
      ca_owner: 'Example CA',
      ours: 1,
      tags: '["ca-compliance","ov-misissuance"]',
      revocation_delay: 0,
      ...over,
    })
    .execute();
}
