/**
 * Comments and incident reports for a Bugzilla bug are written here first and reach the bug only
 * after someone other than their author has approved the exact words (post.ts posts them). Only the
 * author edits a draft, so the author and the approver are always two different people.
 */
import type { Kysely, Transaction } from 'kysely';
import { type Actor, audit } from '../store/audit.js';
import type { BugDraft, DraftKind, DraftState } from '../store/incidentSchema.js';
import type { Database, Role } from '../store/schema.js';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export const DRAFT_KINDS: readonly DraftKind[] = ['comment', 'preliminary', 'full', 'closure'];
/** The roles that may approve: a plain staff member writes, a reviewer or admin approves. */
export const APPROVER_ROLES: readonly Role[] = ['reviewer', 'admin'];
/** BMO refuses longer comments (comment.rst, error 114 "Comment Too Long"). */
export const MAX_COMMENT_CHARS = 65_535;

export type DraftProblem = 'not_found' | 'invalid' | 'forbidden' | 'conflict';

/** A refused change, with what was wrong in words a person can act on. */
export class DraftError extends Error {
  constructor(
    readonly problem: DraftProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DraftError';
  }
}

export interface NewDraft {
  readonly bugId: number;
  /** Required for the report kinds: posting one marks the incident's report posted. */
  readonly incidentId?: number | null;
  readonly kind: DraftKind;
  readonly body: string;
}

export async function createDraft(db: Db, input: NewDraft, authorId: number, now: number): Promise<number> {
  if (!Number.isSafeInteger(input.bugId) || input.bugId <= 0)
    throw new DraftError('invalid', 'a Bugzilla bug id is a positive whole number');
  if (!DRAFT_KINDS.includes(input.kind)) throw new DraftError('invalid', `unknown draft kind ${input.kind}`);
  const body = checkedBody(input.body);
  const incidentId = input.incidentId ?? null;
  if (input.kind !== 'comment' && incidentId === null)
    throw new DraftError('invalid', `a ${input.kind} report is drafted from its incident`);
  return db.transaction().execute(async (trx) => {
    const author = await activeUser(trx, authorId);
    if (incidentId !== null) {
      const incident = await trx
        .selectFrom('incidents')
        .select(['id', 'bug_id'])
        .where('id', '=', incidentId)
        .executeTakeFirst();
      if (!incident) throw new DraftError('not_found', `there is no incident ${incidentId}`);
      if (incident.bug_id !== null && incident.bug_id !== input.bugId)
        throw new DraftError('invalid', `incident ${incidentId} is reported in bug ${incident.bug_id}`);
    }
    const { id } = await trx
      .insertInto('bug_drafts')
      .values({
        bug_id: input.bugId,
        incident_id: incidentId,
        kind: input.kind,
        body,
        state: 'draft',
        author_id: authorId,
        created_at: now,
        updated_at: now,
        attempts: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: author,
      action: 'draft.create',
      at: now,
      subject: { type: 'bug_draft', id },
      details: { bugId: input.bugId, incidentId, kind: input.kind },
    });
    return id;
  });
}

/**
 * Replaces the text. An approved or failed draft goes back to 'draft' and loses its approval: the
 * approver approved other words. A draft being posted at this moment cannot change.
 */
export async function editDraft(
  db: Db,
  draftId: number,
  body: string,
  editorId: number,
  now: number,
): Promise<void> {
  const text = checkedBody(body);
  await db.transaction().execute(async (trx) => {
    const editor = await activeUser(trx, editorId);
    const draft = await draftById(trx, draftId);
    if (draft.author_id !== editorId)
      throw new DraftError('forbidden', 'only the author edits a draft; the reviewer approves it or not');
    if (draft.state === 'posted') throw new DraftError('conflict', 'the draft was posted already');
    const updated = await trx
      .updateTable('bug_drafts')
      .set({
        body: text,
        state: 'draft',
        // The version the approve form carries: it must change even when the clock stands still.
        updated_at: Math.max(now, draft.updated_at + 1),
        approved_by: null,
        approved_at: null,
        next_attempt_at: null,
      })
      .where('id', '=', draftId)
      .where('state', '=', draft.state)
      .where('updated_at', '=', draft.updated_at)
      .where((eb) => eb.or([eb('claim_expires_at', 'is', null), eb('claim_expires_at', '<', now)]))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new DraftError('conflict', 'the draft is being posted or changed meanwhile: read it again');
    await audit(trx, {
      actor: editor,
      action: 'draft.edit',
      at: now,
      subject: { type: 'bug_draft', id: draftId },
      details: { from: draft.state, approvalCleared: draft.approved_by !== null },
    });
  });
}

/**
 * Approves a draft for posting: never by its author, a disabled account or a plain staff member.
 * A failed draft may be approved again to try once more. With `version` (the draft's updated_at as
 * the approver saw it) a draft changed since is refused, so what is approved is what was read.
 */
export async function approveDraft(
  db: Db,
  draftId: number,
  approverId: number,
  now: number,
  version?: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').selectAll().where('id', '=', approverId).executeTakeFirst();
    if (!user || user.disabled_at !== null)
      throw new DraftError('forbidden', 'a disabled or unknown account cannot approve');
    if (!APPROVER_ROLES.includes(user.role))
      throw new DraftError('forbidden', 'approving a draft needs the reviewer or admin role');
    const draft = await draftById(trx, draftId);
    if (draft.author_id === approverId)
      throw new DraftError('forbidden', 'the author of a draft cannot approve it: a second person must');
    const approvable: readonly DraftState[] = ['draft', 'failed'];
    if (!approvable.includes(draft.state))
      throw new DraftError('conflict', `the draft is ${draft.state} already`);
    if (version !== undefined && version !== draft.updated_at)
      throw new DraftError('conflict', 'the draft changed since you read it: read it again');
    const updated = await trx
      .updateTable('bug_drafts')
      .set({
        state: 'approved',
        approved_by: approverId,
        approved_at: now,
        next_attempt_at: now,
        last_error: null,
      })
      .where('id', '=', draftId)
      .where('state', '=', draft.state)
      .where('updated_at', '=', draft.updated_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new DraftError('conflict', 'the draft changed meanwhile: read it again');
    await audit(trx, {
      actor: { type: 'user', id: user.id, label: user.email },
      action: 'draft.approve',
      at: now,
      subject: { type: 'bug_draft', id: draftId },
      details: {
        bugId: draft.bug_id,
        kind: draft.kind,
        version: draft.updated_at,
        retry: draft.state === 'failed',
      },
    });
  });
}

function checkedBody(body: string): string {
  // Browsers send CRLF from a textarea; Bugzilla shows what it is given.
  const text = body.replace(/\r\n?/g, '\n').trimEnd();
  if (text.trim() === '') throw new DraftError('invalid', 'the text is empty');
  if (text.length > MAX_COMMENT_CHARS)
    throw new DraftError('invalid', `Bugzilla takes at most ${MAX_COMMENT_CHARS} characters in a comment`);
  return text;
}

async function activeUser(trx: Trx, userId: number): Promise<Actor> {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'email', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled_at !== null)
    throw new DraftError('forbidden', 'a disabled or unknown account cannot write drafts');
  return { type: 'user', id: user.id, label: user.email };
}

async function draftById(trx: Trx, draftId: number): Promise<BugDraft> {
  const draft = await trx.selectFrom('bug_drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!draft) throw new DraftError('not_found', `there is no draft ${draftId}`);
  return draft;
}
