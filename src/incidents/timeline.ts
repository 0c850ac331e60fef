/**
 * The report's timeline from facts: the linked CPR cases (receipt, the preliminary report's delivery
 * to each recipient, decisions from the audit log, the published revocation), the bug's comments and
 * its whiteboard and needinfo changes, action-item changes and the reports posted to the bug. Each
 * imported entry carries a source key, so importing again adds only what is new and keeps what a
 * person edited or excluded. People edit an entry's text, exclude it or add one; they never retype.
 */
import type { Kysely } from 'kysely';
import { formatCaseNumber } from '../rules/caseNumber.js';
import type { Actor } from '../store/audit.js';
import type { Incident, TimelineSource } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { IncidentError, onIncident, type Trx } from './register.js';

export interface TimelineFact {
  readonly at: number;
  readonly text: string;
  readonly source: TimelineSource;
  readonly sourceKey: string;
}

const MAX_TEXT = 5000;
/** The outbox keys of a case's preliminary-report copies (one per recipient), as cpr/workflow.ts queues them. */
const REPORT_COPY_KEYS = 'report:%';

/** One line of a comment, enough to recognise it in the timeline. */
function excerpt(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** How case decisions read in a timeline; other audit actions of a case are not timeline events. */
const CASE_ACTIONS: Readonly<Record<string, (details: Record<string, unknown>) => string>> = {
  'case.confirm': () => 'confirmed as a certificate problem report',
  'case.dismiss': () => 'dismissed as not a certificate problem report',
  'case.revocation_decided': (d) =>
    `revocation decided: BR 4.9.1.1 reason ${String(d.reason)} (${String(d.label)})`,
  'report.approve': () => 'preliminary report approved by a reviewer',
  'case.close': () => 'case closed',
  'case.reopened': () => 'case reopened',
};

function details(json: string | null): Record<string, unknown> {
  if (json === null) return {};
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

async function caseFacts(trx: Trx, caseIds: readonly number[]): Promise<TimelineFact[]> {
  if (caseIds.length === 0) return [];
  const facts: TimelineFact[] = [];
  const cases = await trx
    .selectFrom('cases')
    .select(['id', 'received_at', 'subject', 'revocation_published_at'])
    .where('id', 'in', caseIds)
    .execute();
  for (const c of cases) {
    const number = formatCaseNumber(c.id);
    facts.push({
      at: c.received_at,
      text: `${number}: certificate problem report received ("${excerpt(c.subject)}")`,
      source: 'case',
      sourceKey: `case:${c.id}:received`,
    });
    if (c.revocation_published_at !== null)
      facts.push({
        at: c.revocation_published_at,
        text: `${number}: revocation published`,
        source: 'case',
        sourceKey: `case:${c.id}:revocation-published:${c.revocation_published_at}`,
      });
  }
  // A copy counts as sent when the relay accepted it: the moment BR 4.9.5 asks about.
  const copies = await trx
    .selectFrom('outbox')
    .select(['id', 'case_id', 'recipients', 'sent_at'])
    .where('case_id', 'in', caseIds)
    .where('dedupe_key', 'like', REPORT_COPY_KEYS)
    .where('state', '=', 'sent')
    .orderBy('id')
    .execute();
  for (const copy of copies)
    if (copy.case_id !== null && copy.sent_at !== null)
      facts.push({
        at: copy.sent_at,
        text: `${formatCaseNumber(copy.case_id)}: preliminary report delivered to ${copy.recipients}`,
        source: 'case',
        sourceKey: `outbox:${copy.id}`,
      });
  const entries = await trx
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'subject_id', 'details'])
    .where('subject_type', '=', 'case')
    .where('subject_id', 'in', caseIds)
    .where('action', 'in', Object.keys(CASE_ACTIONS))
    .orderBy('id')
    .execute();
  for (const e of entries) {
    const describe = CASE_ACTIONS[e.action];
    if (describe && e.subject_id !== null)
      facts.push({
        at: e.at,
        text: `${formatCaseNumber(e.subject_id)}: ${describe(details(e.details))}`,
        source: 'audit',
        sourceKey: `audit:${e.id}`,
      });
  }
  return facts;
}

function needinfoChange(removed: string, added: string): string | null {
  const asked = /needinfo\?\(([^)]*)\)/.exec(added)?.[1];
  if (asked !== undefined) return `needinfo requested from ${asked}`;
  const cleared = /needinfo\?\(([^)]*)\)/.exec(removed)?.[1];
  return cleared === undefined ? null : `needinfo on ${cleared} cleared`;
}

async function bugFacts(trx: Trx, bugId: number): Promise<TimelineFact[]> {
  const facts: TimelineFact[] = [];
  const comments = await trx
    .selectFrom('bug_comments')
    .select(['id', 'count', 'creator', 'creation_time', 'text'])
    .where('bug_id', '=', bugId)
    .where('is_private', '=', 0)
    .orderBy('id')
    .execute();
  for (const c of comments)
    facts.push({
      at: c.creation_time,
      text: `Bug ${bugId} comment ${c.count} by ${c.creator}: ${excerpt(c.text)}`,
      source: 'bug_comment',
      sourceKey: `bug-comment:${c.id}`,
    });
  const history = await trx
    .selectFrom('bug_history')
    .select(['id', 'at', 'who', 'field_name', 'removed', 'added'])
    .where('bug_id', '=', bugId)
    .where('field_name', 'in', ['whiteboard', 'flagtypes.name'])
    .orderBy('id')
    .execute();
  for (const h of history) {
    const change =
      h.field_name === 'whiteboard' ? `whiteboard set to "${h.added}"` : needinfoChange(h.removed, h.added);
    if (change !== null)
      facts.push({
        at: h.at,
        text: `Bug ${bugId}: ${change} by ${h.who}`,
        source: 'bug_history',
        sourceKey: `bug-history:${h.id}`,
      });
  }
  return facts;
}

const day = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString().slice(0, 10) : 'none');

function actionItemText(action: string, d: Record<string, unknown>): string {
  if (action === 'action_item.add')
    return `Action item ${String(d.number)} added: ${String(d.description)} (due ${day(d.dueAt)}, ${String(d.status)})`;
  const changes: string[] = [];
  const status = d.status as { from: string; to: string } | undefined;
  const due = d.dueAt as { from: unknown; to: unknown } | undefined;
  if (status) changes.push(`status ${status.from} → ${status.to}`);
  if (due) changes.push(`due date ${day(due.from)} → ${day(due.to)}`);
  return `Action item ${String(d.number)}: ${changes.length > 0 ? changes.join(', ') : 'description revised'}`;
}

async function incidentFacts(trx: Trx, incident: Incident): Promise<TimelineFact[]> {
  const facts: TimelineFact[] = [
    {
      at: incident.aware_at,
      text: 'The CA became aware of the incident',
      source: 'audit',
      sourceKey: `incident:aware:${incident.aware_at}`,
    },
  ];
  const changes = await trx
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'details'])
    .where('subject_type', '=', 'incident')
    .where('subject_id', '=', incident.id)
    .where('action', 'in', ['action_item.add', 'action_item.update'])
    .orderBy('id')
    .execute();
  for (const c of changes)
    facts.push({
      at: c.at,
      text: actionItemText(c.action, details(c.details)),
      source: 'action_item',
      sourceKey: `audit:${c.id}`,
    });
  let drafts = trx
    .selectFrom('bug_drafts')
    .select(['id', 'bug_id', 'kind', 'posted_at', 'comment_id'])
    .where('state', '=', 'posted');
  drafts =
    incident.bug_id === null
      ? drafts.where('incident_id', '=', incident.id)
      : drafts.where((eb) =>
          eb.or([eb('incident_id', '=', incident.id), eb('bug_id', '=', incident.bug_id)]),
        );
  for (const d of await drafts.orderBy('id').execute())
    if (d.posted_at !== null)
      facts.push({
        at: d.posted_at,
        text: `${POSTED_LABEL[d.kind]} posted to bug ${d.bug_id}${d.comment_id === null ? '' : ` (comment id ${d.comment_id})`}`,
        source: 'post',
        sourceKey: `draft:${d.id}`,
      });
  return facts;
}

const POSTED_LABEL = {
  comment: 'Comment',
  preliminary: 'Preliminary Incident Report',
  full: 'Full Incident Report',
  closure: 'Report Closure Summary',
} as const;

/** Inserts the facts not yet in the timeline; returns how many were new. */
export async function insertFacts(
  trx: Trx,
  incidentId: number,
  facts: readonly TimelineFact[],
): Promise<number> {
  const existing = new Set(
    (
      await trx
        .selectFrom('incident_timeline')
        .select('source_key')
        .where('incident_id', '=', incidentId)
        .where('source_key', 'is not', null)
        .execute()
    ).map((r) => r.source_key),
  );
  const fresh = [...new Map(facts.map((f) => [f.sourceKey, f])).values()].filter(
    (f) => !existing.has(f.sourceKey),
  );
  if (fresh.length === 0) return 0;
  await trx
    .insertInto('incident_timeline')
    .values(
      fresh.map((f) => ({
        incident_id: incidentId,
        at: f.at,
        text: f.text.slice(0, MAX_TEXT),
        source: f.source,
        source_key: f.sourceKey,
        included: 1,
        root_cause: null,
        edited_by: null,
        edited_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['incident_id', 'source_key']).doNothing())
    .execute();
  return fresh.length;
}

/** Imports every fact of the incident not yet in its timeline; idempotent. */
export async function importTimeline(
  db: Kysely<Database>,
  incidentId: number,
  actor: Actor,
  now: number,
): Promise<number> {
  return onIncident(db, incidentId, actor, now, async (trx, incident, record) => {
    const caseIds = (
      await trx.selectFrom('incident_cases').select('case_id').where('incident_id', '=', incidentId).execute()
    ).map((r) => r.case_id);
    const facts = [
      ...(await incidentFacts(trx, incident)),
      ...(await caseFacts(trx, caseIds)),
      ...(incident.bug_id === null ? [] : await bugFacts(trx, incident.bug_id)),
    ];
    const added = await insertFacts(trx, incidentId, facts);
    await record('timeline.import', { added });
    return added;
  });
}

function checkedText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT)
    throw new IncidentError('invalid', `an entry needs a text of 1 to ${MAX_TEXT} characters`);
  return trimmed;
}

/** An event no system recorded (a call, a meeting), typed at the minute it happened. */
export async function addEntry(
  db: Kysely<Database>,
  incidentId: number,
  entry: { readonly at: number; readonly text: string },
  actor: Actor,
  now: number,
): Promise<number> {
  const text = checkedText(entry.text);
  if (!Number.isSafeInteger(entry.at) || entry.at <= 0)
    throw new IncidentError('invalid', 'give the entry a UTC time');
  return onIncident(db, incidentId, actor, now, async (trx, _incident, record) => {
    const { id } = await trx
      .insertInto('incident_timeline')
      .values({
        incident_id: incidentId,
        at: entry.at,
        text,
        source: 'manual',
        source_key: null,
        included: 1,
        root_cause: null,
        edited_by: actor.id,
        edited_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record('timeline.add', { entryId: id, at: entry.at });
    return id;
  });
}

async function entryOf(trx: Trx, incidentId: number, entryId: number) {
  const entry = await trx
    .selectFrom('incident_timeline')
    .selectAll()
    .where('id', '=', entryId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  if (!entry) throw new IncidentError('not_found', `incident ${incidentId} has no timeline entry ${entryId}`);
  return entry;
}

/** Rewords an entry; its time stays the fact's. */
export async function editEntry(
  db: Kysely<Database>,
  incidentId: number,
  entryId: number,
  text: string,
  actor: Actor,
  now: number,
): Promise<void> {
  const checked = checkedText(text);
  return onIncident(db, incidentId, actor, now, async (trx, _incident, record) => {
    const before = await entryOf(trx, incidentId, entryId);
    await trx
      .updateTable('incident_timeline')
      .set({ text: checked, edited_by: actor.id, edited_at: now })
      .where('id', '=', entryId)
      .execute();
    await record('timeline.edit', { entryId, from: before.text });
  });
}

/** Leaves an entry out of the report (or takes it back in); an import never brings it back. */
export async function setIncluded(
  db: Kysely<Database>,
  incidentId: number,
  entryId: number,
  included: boolean,
  actor: Actor,
  now: number,
): Promise<void> {
  return onIncident(db, incidentId, actor, now, async (trx, _incident, record) => {
    await entryOf(trx, incidentId, entryId);
    await trx
      .updateTable('incident_timeline')
      .set({ included: included ? 1 : 0, edited_by: actor.id, edited_at: now })
      .where('id', '=', entryId)
      .execute();
    await record(included ? 'timeline.include' : 'timeline.exclude', { entryId });
  });
}
