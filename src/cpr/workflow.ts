/**
 * What staff do with a case, as database operations: each checks its
 * preconditions, changes the rows and writes the audit entry in one
 * transaction, and returns an outcome instead of throwing at a person's
 * mistake. The preliminary report follows BR 4.9.5: drafted from a template,
 * approved by a reviewer who is not its author, sent to the reporter and the
 * subscriber.
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool, Transaction, Updateable } from 'kysely';
import { type Deadline, REVOCATION_REASONS } from '../rules/index.js';
import { enqueueEmail } from '../delivery/outbox.js';
import { type AuditEvent, audit } from '../store/audit.js';
import type { Case, CaseReportsTable, Database, Role, Triage } from '../store/schema.js';
import { draftPreliminaryReport, PLACEHOLDER } from './reportTemplate.js';

type Trx = Transaction<Database>;

/** The staff member acting, when, and from which request. */
export interface StaffContext {
  readonly staff: { readonly id: number; readonly email: string; readonly role: Role };
  readonly at: number;
  readonly request?: AuditEvent['request'];
}

export type Problem = 'not_found' | 'invalid' | 'forbidden' | 'conflict';

export type Outcome<T = null> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem; readonly error: string };

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (problem: Problem, error: string) => ({ ok: false, problem, error }) as const;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const MAX_TEXT = 20_000;

/** Runs `action` on an open case in a transaction; the audit entry is written only when it succeeds. */
async function onCase<T>(
  db: Kysely<Database>,
  caseId: number,
  ctx: StaffContext,
  action: (
    trx: Trx,
    c: Case,
    record: (action: string, details?: unknown) => Promise<void>,
  ) => Promise<Outcome<T>>,
  options: { closedToo?: boolean } = {},
): Promise<Outcome<T>> {
  return db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
    if (!c) return fail('not_found', `there is no case ${caseId}`);
    if (c.status === 'closed' && !options.closedToo) return fail('conflict', 'the case is closed');
    const record = (name: string, details?: unknown) =>
      audit(trx, {
        actor: { type: 'user', id: ctx.staff.id, label: ctx.staff.email },
        action: name,
        at: ctx.at,
        subject: { type: 'case', id: caseId },
        details,
        request: ctx.request,
      });
    return action(trx, c, record);
  });
}

async function enabledUser(trx: Trx, id: number) {
  return trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export function assignOwners(
  db: Kysely<Database>,
  caseId: number,
  owners: { readonly ownerId: number | null; readonly coOwnerId: number | null },
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, _c, record) => {
    if (owners.ownerId !== null && owners.ownerId === owners.coOwnerId)
      return fail('invalid', 'the owner and the co-owner must be different people');
    if (owners.coOwnerId !== null && owners.ownerId === null)
      return fail('invalid', 'a case with a co-owner needs an owner');
    const owner = owners.ownerId === null ? null : await enabledUser(trx, owners.ownerId);
    const coOwner = owners.coOwnerId === null ? null : await enabledUser(trx, owners.coOwnerId);
    if (owner === undefined || coOwner === undefined) return fail('invalid', 'no such active staff member');
    await trx
      .updateTable('cases')
      .set({ owner_id: owners.ownerId, co_owner_id: owners.coOwnerId })
      .where('id', '=', caseId)
      .execute();
    await record('case.assign', { owner: owner?.email ?? null, coOwner: coOwner?.email ?? null });
    return ok(null);
  });
}

export function addNote(
  db: Kysely<Database>,
  caseId: number,
  body: string,
  ctx: StaffContext,
): Promise<Outcome<number>> {
  return onCase(
    db,
    caseId,
    ctx,
    async (trx, _c, record) => {
      const text = body.trim();
      if (text.length === 0 || text.length > MAX_TEXT)
        return fail('invalid', `a note must have 1 to ${MAX_TEXT} characters`);
      const { id } = await trx
        .insertInto('case_notes')
        .values({ case_id: caseId, author_id: ctx.staff.id, at: ctx.at, body: text })
        .returning('id')
        .executeTakeFirstOrThrow();
      await record('case.note', { noteId: id });
      return ok(id);
    },
    { closedToo: true },
  );
}

/** A person's verdict on the classifier's guess, with the reason for the record. */
export function setTriage(
  db: Kysely<Database>,
  caseId: number,
  decision: { readonly triage: Exclude<Triage, 'suspected'>; readonly reason: string },
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    const reason = decision.reason.trim();
    if (reason.length === 0 || reason.length > MAX_TEXT)
      return fail('invalid', 'say why: the reason is kept with the decision');
    if (decision.triage === 'dismissed' && (await reportQueued(trx, caseId)))
      return fail('conflict', 'a preliminary report was sent for this case: it cannot be dismissed');
    await trx
      .updateTable('cases')
      .set({ triage: decision.triage, triage_note: reason })
      .where('id', '=', caseId)
      .execute();
    await record(`case.${decision.triage === 'confirmed' ? 'confirm' : 'dismiss'}`, {
      from: c.triage,
      reason,
    });
    return ok(null);
  });
}

/** The BR 4.9.1.1 reason decides the revocation clock and the CRL reason code. */
export function decideRevocation(
  db: Kysely<Database>,
  caseId: number,
  decision: { readonly reason: number; readonly subordinateCa: boolean },
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    const reason = REVOCATION_REASONS.find((r) => r.number === decision.reason);
    if (!reason) return fail('invalid', 'choose one of the reasons of BR 4.9.1.1');
    if (c.triage === 'dismissed') return fail('conflict', 'the case was dismissed as no problem report');
    if (c.revocation_published_at !== null)
      return fail('conflict', 'the revocation is already published: the reason can no longer change');
    await trx
      .updateTable('cases')
      .set({
        revocation_reason: reason.number,
        revocation_subordinate_ca: decision.subordinateCa ? 1 : 0,
        revocation_decided_at: ctx.at,
      })
      .where('id', '=', caseId)
      .execute();
    await record('case.revocation_decided', {
      reason: reason.number,
      label: reason.label,
      crlReason: reason.crlReason.name,
      subordinateCa: decision.subordinateCa,
    });
    return ok(null);
  });
}

export function setSubscriberContact(
  db: Kysely<Database>,
  caseId: number,
  contact: string,
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    const address = contact.trim();
    if (!EMAIL.test(address) || address.length > 254)
      return fail('invalid', 'the subscriber contact must be one e-mail address');
    await trx.updateTable('cases').set({ subscriber_contact: address }).where('id', '=', caseId).execute();
    await record('case.subscriber_contact', { from: c.subscriber_contact, to: address });
    return ok(null);
  });
}

export async function preliminaryReport(db: Kysely<Database> | Trx, caseId: number) {
  return db
    .selectFrom('case_reports')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('kind', '=', 'preliminary')
    .executeTakeFirst();
}

/** The case's deadlines as staff see them (web/caseClocks.ts), read in the action's transaction. */
export type CaseClocks = (db: Kysely<Database>, c: Case) => Promise<Deadline[]>;

/**
 * Updates the report only while `still` holds of it, so that a change another transaction committed
 * meanwhile (PostgreSQL) wins cleanly; false when it did.
 */
async function updateReportIf(
  trx: Trx,
  reportId: number,
  still: (eb: ExpressionBuilder<Database, 'case_reports'>) => Expression<SqlBool>,
  set: Updateable<CaseReportsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('case_reports')
    .set(set)
    .where('id', '=', reportId)
    .where(still)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether the report's copies were queued for sending (their delivery is another matter). */
export async function reportQueued(db: Kysely<Database> | Trx, caseId: number): Promise<boolean> {
  return ((await preliminaryReport(db, caseId))?.sent_at ?? null) !== null;
}

export interface DraftContext {
  readonly caName: string;
  /** For the revocation date the draft names. */
  readonly clocks: CaseClocks;
}

/** Writes the first draft from the template; its author is the one who asked for it. */
export function draftReport(
  db: Kysely<Database>,
  caseId: number,
  draft: DraftContext,
  ctx: StaffContext,
): Promise<Outcome<number>> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    if (await preliminaryReport(trx, caseId))
      return fail('conflict', 'the case has a preliminary report already');
    const certificates = await trx
      .selectFrom('case_certificates')
      .select(['kind', 'value', 'sha256', 'subject', 'serial', 'issuer'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
    const revocation = (await draft.clocks(trx, c)).find((d) => d.key === 'cpr.revocation');
    const text = draftPreliminaryReport(c, revocation?.dueAt, certificates, draft.caName);
    const { id } = await trx
      .insertInto('case_reports')
      .values({
        case_id: caseId,
        kind: 'preliminary',
        subject: text.subject,
        body: text.body,
        recipients: '',
        author_id: ctx.staff.id,
        created_at: ctx.at,
        updated_at: ctx.at,
        approved_by: null,
        approved_at: null,
        sent_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record('report.draft', { reportId: id });
    return ok(id);
  });
}

/**
 * An edit withdraws any approval and makes the editor the author, so the
 * text that is sent was always read by someone who did not write it last.
 * The returned version (updated_at, strictly increasing) is what an approval names.
 */
export function editReport(
  db: Kysely<Database>,
  caseId: number,
  text: { readonly subject: string; readonly body: string },
  ctx: StaffContext,
): Promise<Outcome<number>> {
  return onCase(db, caseId, ctx, async (trx, _c, record) => {
    const report = await preliminaryReport(trx, caseId);
    if (!report) return fail('not_found', 'draft the preliminary report first');
    if (report.sent_at !== null) return fail('conflict', 'the report was sent and can no longer change');
    const subject = text.subject.trim();
    if (subject.length === 0 || subject.length > 300 || /[\r\n]/.test(subject))
      return fail('invalid', 'the subject must be one line of 1 to 300 characters');
    if (text.body.trim().length === 0 || text.body.length > MAX_TEXT)
      return fail('invalid', `the report must have 1 to ${MAX_TEXT} characters`);
    const version = Math.max(ctx.at, report.updated_at + 1);
    await trx
      .updateTable('case_reports')
      .set({
        subject,
        body: text.body,
        author_id: ctx.staff.id,
        updated_at: version,
        approved_by: null,
        approved_at: null,
      })
      .where('id', '=', report.id)
      .execute();
    await record('report.edit', { reportId: report.id, withdrewApproval: report.approved_at !== null });
    return ok(version);
  });
}

/** Four eyes: a reviewer or admin who is not the report's author approves the version they read. */
export function approveReport(
  db: Kysely<Database>,
  caseId: number,
  version: number,
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, _c, record) => {
    if (ctx.staff.role === 'staff')
      return fail('forbidden', 'approving a report needs the reviewer or admin role');
    const report = await preliminaryReport(trx, caseId);
    if (!report) return fail('not_found', 'there is no preliminary report to approve');
    if (report.author_id === ctx.staff.id)
      return fail('forbidden', 'the author of a report cannot approve it: a second person must');
    if (report.sent_at !== null) return fail('conflict', 'the report was sent already');
    if (report.approved_at !== null) return fail('conflict', 'the report is approved already');
    if (report.updated_at !== version)
      return fail('conflict', 'the report changed since you read it: read it again');
    if (PLACEHOLDER.test(report.subject) || PLACEHOLDER.test(report.body))
      return fail('invalid', 'the report still has [[…]] placeholders to fill in');
    const approved = await updateReportIf(
      trx,
      report.id,
      (eb) => eb.and([eb('updated_at', '=', version), eb('approved_at', 'is', null)]),
      { approved_by: ctx.staff.id, approved_at: ctx.at },
    );
    if (!approved) return fail('conflict', 'the report changed or was approved meanwhile: read it again');
    await record('report.approve', { reportId: report.id, version });
    return ok(null);
  });
}

/**
 * Queues the approved report, one message per recipient (reporter and subscriber contact), in the
 * outbox, each under the key `report:<report id>:<address>`. The report's sent_at is when they were
 * queued; the BR 4.9.5 clock stops when the relay has taken every copy (alerts/facts.ts).
 */
export function sendReport(
  db: Kysely<Database>,
  caseId: number,
  ctx: StaffContext,
): Promise<Outcome<string[]>> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    const report = await preliminaryReport(trx, caseId);
    if (!report) return fail('not_found', 'there is no preliminary report to send');
    if (report.approved_at === null)
      return fail('conflict', 'the report must be approved by a second person first');
    if (report.sent_at !== null) return fail('conflict', 'the report was sent already');
    if (!c.reporter_email) return fail('invalid', 'the case has no reporter address to send to');
    if (!c.subscriber_contact)
      return fail('invalid', 'set the subscriber contact first: BR 4.9.5 asks for both');
    const recipients = [...new Set([c.reporter_email, c.subscriber_contact].map((a) => a.toLowerCase()))];
    const claimed = await updateReportIf(trx, report.id, (eb) => eb('sent_at', 'is', null), {
      sent_at: ctx.at,
      recipients: recipients.join(', '),
    });
    if (!claimed) return fail('conflict', 'the report was sent already');
    for (const to of recipients) {
      await enqueueEmail(
        trx,
        {
          dedupeKey: `report:${report.id}:${to}`,
          to: [to],
          subject: report.subject,
          text: report.body,
          caseId,
        },
        ctx.at,
      );
    }
    await record('report.send', { reportId: report.id, recipients });
    return ok(recipients);
  });
}

/** When the revocation appeared in the CRL/OCSP: the event that stops the revocation clock. */
export function recordRevocationPublished(
  db: Kysely<Database>,
  caseId: number,
  publishedAt: number,
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    if (!Number.isFinite(publishedAt) || publishedAt > ctx.at)
      return fail('invalid', 'the publication time must be a time in the past');
    if (c.revocation_reason === null) return fail('conflict', 'choose the revocation reason first');
    await trx
      .updateTable('cases')
      .set({ revocation_published_at: publishedAt })
      .where('id', '=', caseId)
      .execute();
    await record('case.revocation_published', { at: publishedAt, previous: c.revocation_published_at });
    return ok(null);
  });
}

/**
 * Closes a case whose obligations are met: dismissed, or the preliminary report delivered to every
 * recipient and any decided revocation published. A closed case is not swept for alerts, so one
 * whose report is still queued or was refused stays open.
 */
export function closeCase(
  db: Kysely<Database>,
  caseId: number,
  clocks: CaseClocks,
  ctx: StaffContext,
): Promise<Outcome> {
  return onCase(db, caseId, ctx, async (trx, c, record) => {
    if (c.triage !== 'dismissed') {
      const report = (await clocks(trx, c)).find((d) => d.key === 'cpr.preliminary-report');
      if (report?.metAt === null)
        return fail(
          'conflict',
          (await reportQueued(trx, caseId))
            ? 'the preliminary report has not reached every recipient yet: see its delivery'
            : 'send the preliminary report first, or dismiss the case',
        );
      if (c.revocation_reason !== null && c.revocation_published_at === null)
        return fail('conflict', 'record when the revocation was published first');
    }
    await trx
      .updateTable('cases')
      .set({ status: 'closed', closed_at: ctx.at })
      .where('id', '=', caseId)
      .execute();
    await record('case.close', { triage: c.triage });
    return ok(null);
  });
}
