/**
 * The incident register: an incident, its owners, its linked CPR cases and its IRG 3.2 report.
 * Every change runs in one transaction with its audit entry (subject 'incident'), so the timeline
 * can later be built from what happened rather than from memory.
 */
import type { Kysely, Transaction } from 'kysely';
import { type Actor, SYSTEM, audit } from '../store/audit.js';
import type { ActionItem, Incident, TimelineEntry } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { type IncidentReport, emptyReport, incidentReportSchema, parseStoredReport } from './model.js';
import type { ReportKind } from './render.js';

export type Trx = Transaction<Database>;

export class IncidentError extends Error {
  constructor(
    readonly problem: 'not_found' | 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

export interface LoadedIncident {
  readonly incident: Incident;
  readonly report: IncidentReport;
  readonly actionItems: ActionItem[];
  readonly timeline: TimelineEntry[];
  readonly caseIds: number[];
}

export interface IncidentFields {
  readonly title: string;
  readonly awareAt: number;
  readonly bugId?: number | null;
  readonly revocationDelay?: boolean;
  readonly caseIds?: readonly number[];
}

export interface Owners {
  readonly ownerId?: number | null;
  readonly coOwnerId?: number | null;
}

type Record = (action: string, details?: unknown) => Promise<void>;

/** Runs `change` on an open incident in a transaction, with its audit entries as `actor` at `now`. */
export function onIncident<T>(
  db: Kysely<Database>,
  id: number,
  actor: Actor,
  now: number,
  change: (trx: Trx, incident: Incident, record: Record) => Promise<T>,
  options: { closedToo?: boolean } = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const incident = await trx.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!incident) throw new IncidentError('not_found', `there is no incident ${id}`);
    if (incident.status === 'closed' && !options.closedToo)
      throw new IncidentError('conflict', 'the incident is closed');
    const record: Record = (action, details) =>
      audit(trx, { actor, action, at: now, subject: { type: 'incident', id }, details });
    return change(trx, incident, record);
  });
}

function checkedFields(fields: IncidentFields): IncidentFields {
  const title = fields.title.trim();
  if (title.length === 0 || title.length > 300)
    throw new IncidentError('invalid', 'the title must have 1 to 300 characters');
  if (!Number.isSafeInteger(fields.awareAt) || fields.awareAt <= 0)
    throw new IncidentError('invalid', 'give the time the CA became aware of the incident');
  return { ...fields, title };
}

async function checkOwners(trx: Trx, owners: Owners): Promise<void> {
  const { ownerId = null, coOwnerId = null } = owners;
  if (ownerId !== null && ownerId === coOwnerId)
    throw new IncidentError('invalid', 'the owner and the co-owner must be different people');
  if (coOwnerId !== null && ownerId === null)
    throw new IncidentError('invalid', 'an incident with a co-owner needs an owner');
  for (const id of [ownerId, coOwnerId])
    if (id !== null) {
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      if (!user) throw new IncidentError('invalid', `there is no active staff member ${id}`);
    }
}

async function linkCases(trx: Trx, id: number, caseIds: readonly number[]): Promise<void> {
  const unique = [...new Set(caseIds)];
  if (unique.length > 0) {
    const found = await trx.selectFrom('cases').select('id').where('id', 'in', unique).execute();
    if (found.length !== unique.length) throw new IncidentError('invalid', 'a linked case does not exist');
  }
  await trx.deleteFrom('incident_cases').where('incident_id', '=', id).execute();
  if (unique.length > 0)
    await trx
      .insertInto('incident_cases')
      .values(unique.map((case_id) => ({ incident_id: id, case_id })))
      .execute();
}

export async function createIncident(
  db: Kysely<Database>,
  input: IncidentFields & Owners,
  actor: Actor,
  now: number,
): Promise<number> {
  const fields = checkedFields(input);
  if (actor.id === null) throw new IncidentError('invalid', 'an incident is created by a staff member');
  const createdBy = actor.id;
  return db.transaction().execute(async (trx) => {
    await checkOwners(trx, input);
    const { id } = await trx
      .insertInto('incidents')
      .values({
        title: fields.title,
        bug_id: fields.bugId ?? null,
        status: 'open',
        owner_id: input.ownerId ?? null,
        co_owner_id: input.coOwnerId ?? null,
        aware_at: fields.awareAt,
        revocation_delay: fields.revocationDelay ? 1 : 0,
        report: JSON.stringify(emptyReport()),
        preliminary_posted_at: null,
        full_posted_at: null,
        closure_posted_at: null,
        created_by: createdBy,
        created_at: now,
        updated_at: now,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkCases(trx, id, fields.caseIds ?? []);
    await audit(trx, {
      actor,
      action: 'incident.create',
      at: now,
      subject: { type: 'incident', id },
      details: { title: fields.title, bugId: fields.bugId ?? null, caseIds: fields.caseIds ?? [] },
    });
    return id;
  });
}

export async function loadIncident(db: Kysely<Database>, id: number): Promise<LoadedIncident | null> {
  const incident = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!incident) return null;
  const actionItems = await db
    .selectFrom('action_items')
    .selectAll()
    .where('incident_id', '=', id)
    .orderBy('number')
    .execute();
  const timeline = await db
    .selectFrom('incident_timeline')
    .selectAll()
    .where('incident_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const cases = await db
    .selectFrom('incident_cases')
    .select('case_id')
    .where('incident_id', '=', id)
    .orderBy('case_id')
    .execute();
  return {
    incident,
    report: parseStoredReport(incident.report),
    actionItems,
    timeline,
    caseIds: cases.map((c) => c.case_id),
  };
}

/** Title, awareness, bug, revocation delay and linked cases. */
export async function updateIncident(
  db: Kysely<Database>,
  id: number,
  input: IncidentFields,
  actor: Actor,
  now: number,
): Promise<void> {
  const fields = checkedFields(input);
  return onIncident(db, id, actor, now, async (trx, before, record) => {
    await trx
      .updateTable('incidents')
      .set({
        title: fields.title,
        aware_at: fields.awareAt,
        bug_id: fields.bugId ?? null,
        revocation_delay: fields.revocationDelay ? 1 : 0,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    if (fields.caseIds !== undefined) await linkCases(trx, id, fields.caseIds);
    await record('incident.update', {
      title: fields.title,
      awareAt: fields.awareAt,
      bugId: fields.bugId ?? null,
      previousBugId: before.bug_id,
      revocationDelay: fields.revocationDelay ?? false,
      caseIds: fields.caseIds,
    });
  });
}

/** Replaces the report; what does not fit the IRG model is refused with zod's message. */
export async function updateReport(
  db: Kysely<Database>,
  id: number,
  report: unknown,
  actor: Actor,
  now: number,
): Promise<IncidentReport> {
  const parsed = incidentReportSchema.safeParse(report);
  if (!parsed.success)
    throw new IncidentError(
      'invalid',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return onIncident(db, id, actor, now, async (trx, _incident, record) => {
    await trx
      .updateTable('incidents')
      .set({ report: JSON.stringify(parsed.data), updated_at: now })
      .where('id', '=', id)
      .execute();
    await record('incident.report');
    return parsed.data;
  });
}

export async function setOwners(
  db: Kysely<Database>,
  id: number,
  owners: Owners,
  actor: Actor,
  now: number,
): Promise<void> {
  return onIncident(db, id, actor, now, async (trx, _incident, record) => {
    await checkOwners(trx, owners);
    await trx
      .updateTable('incidents')
      .set({ owner_id: owners.ownerId ?? null, co_owner_id: owners.coOwnerId ?? null, updated_at: now })
      .where('id', '=', id)
      .execute();
    await record('incident.owners', { ownerId: owners.ownerId ?? null, coOwnerId: owners.coOwnerId ?? null });
  });
}

const POSTED = {
  preliminary: 'preliminary_posted_at',
  full: 'full_posted_at',
  closure: 'closure_posted_at',
} as const;

/**
 * A report reached the bug. The first posting of each kind is what the IRG clocks count, so a
 * later repost keeps it; a Closure Summary closes the incident.
 */
export async function recordPosted(
  db: Kysely<Database>,
  id: number,
  kind: ReportKind,
  at: number,
  actor: Actor = SYSTEM,
): Promise<void> {
  return onIncident(
    db,
    id,
    actor,
    at,
    async (trx, incident, record) => {
      const column = POSTED[kind];
      const first = incident[column] ?? at;
      const closing = kind === 'closure' && incident.status === 'open';
      await trx
        .updateTable('incidents')
        .set({
          [column]: first,
          updated_at: at,
          ...(closing ? { status: 'closed' as const, closed_at: at } : {}),
        })
        .where('id', '=', id)
        .execute();
      await record('incident.posted', { kind, at, first });
      if (closing) await record('incident.close');
    },
    { closedToo: true },
  );
}
