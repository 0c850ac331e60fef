/**
 * Posts approved drafts to their bugs with the API key, each once. Drafts are claimed with a lease
 * (store/claim.ts, FOR UPDATE SKIP LOCKED on PostgreSQL), posted one at a time, and marked posted
 * only while the claim is still this worker's, in one transaction with the comment id, the audit
 * entry and, for a report, the incident's posted time (a posted Closure Summary closes it).
 * A retryable failure (a 5xx, 429, the network) is tried again with capped backoff; a permanent one
 * (401 a bad key, 404 no such bug) leaves the draft 'failed' with the reason until someone approves
 * it again. Without an API key nothing is claimed: approved drafts wait, and the report says why.
 *
 * One window has no guarantee: between Bugzilla's answer with the new comment's id and the commit
 * that marks the draft posted, the very next statement. A crash there posts the comment again once
 * the lease has run out: BMO's POST /rest/bug/{id}/comment takes only ids, comment, is_private,
 * is_markdown and work_time (comment.rst in the BMO source), no idempotency key or client token, so
 * the server cannot recognise a repeat. Marking first would risk a draft shown posted that never
 * reached the bug, which is worse. To narrow the window, a draft tried before reads the bug's
 * comments first and, when one carries exactly its text, records that comment instead of posting.
 */
import type { Transaction, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { Config } from '../config/config.js';
import { backoffMs } from '../delivery/deliver.js';
import { SYSTEM, audit } from '../store/audit.js';
import { claimRows } from '../store/claim.js';
import type { Store } from '../store/database.js';
import type { BugDraft } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { BugzillaError, type BugzillaClient } from './client.js';

export interface PostDeps {
  readonly store: Store;
  readonly client: BugzillaClient;
  readonly worker: string;
  readonly config: Pick<Config, 'bugzilla'>;
  readonly batch?: number;
}

export interface PostReport {
  readonly posted: number;
  readonly failed: number;
  /** Tried and to be tried again after the backoff. */
  readonly retried: number;
  /** Claimed but left for the next pass, so that no post outlasts its claim. */
  readonly released: number;
  /** Why nothing was claimed, when something stands in the way (no API key). */
  readonly note: string | null;
}

/** Long against a post: the client gives up on a request well before, so no claim lapses mid-post. */
export const LEASE_MS = 10 * 60_000;
/** No post starts once less than this is left of the claim. */
const POST_BUDGET_MS = 2 * 60_000;

const POSTED_AT = {
  preliminary: 'preliminary_posted_at',
  full: 'full_posted_at',
  closure: 'closure_posted_at',
} as const;

type Outcome =
  | { readonly result: 'posted'; readonly commentId: number; readonly found: boolean }
  | { readonly result: 'retry'; readonly error: string }
  | { readonly result: 'failed'; readonly error: string };

export async function postApprovedDrafts(deps: PostDeps, now: number): Promise<PostReport> {
  const report = { posted: 0, failed: 0, retried: 0, released: 0, note: null as string | null };
  if (!deps.config.bugzilla.apiKey) {
    const waiting = await deps.store.db
      .selectFrom('bug_drafts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', 'approved')
      .executeTakeFirstOrThrow();
    report.note = `no Bugzilla API key is configured (VIGIL_BUGZILLA_API_KEY): ${Number(waiting.n)} approved draft(s) wait`;
    return report;
  }
  const rows = await claimRows(deps.store, 'bug_drafts', {
    worker: deps.worker,
    now,
    leaseMs: LEASE_MS,
    limit: deps.batch ?? 10,
    ready: (eb) =>
      eb.and([
        eb('state', '=', 'approved'),
        eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]),
      ]),
  });
  const claimedAt = performance.now();
  // Bugzilla down for one draft is down for the rest: they wait out the same backoff untried.
  let down: string | null = null;
  for (const row of rows) {
    if (performance.now() - claimedAt > LEASE_MS - POST_BUDGET_MS) {
      await finish(deps, row, { attempts: row.attempts - 1 });
      report.released++;
      continue;
    }
    const outcome: Outcome =
      down === null ? await attempt(deps.client, row) : { result: 'retry', error: `not tried: ${down}` };
    if (outcome.result === 'posted') {
      if (await markPosted(deps, row, outcome, now)) report.posted++;
    } else if (outcome.result === 'failed') {
      if (await markFailed(deps, row, outcome.error, now)) report.failed++;
    } else {
      down ??= outcome.error;
      await finish(deps, row, { last_error: outcome.error, next_attempt_at: now + backoffMs(row.attempts) });
      report.retried++;
    }
  }
  return report;
}

/** One try; a failure of Bugzilla is an outcome, a failure of the database throws. */
async function attempt(client: BugzillaClient, row: BugDraft): Promise<Outcome> {
  try {
    // Tried before: the earlier try may have reached Bugzilla with its answer lost.
    if (row.attempts > 1) {
      const comments = await client.comments(row.bug_id);
      const same = comments.find((c) => c.text.replace(/\r\n?/g, '\n').trimEnd() === row.body);
      if (same) return { result: 'posted', commentId: same.id, found: true };
    }
    const { id } = await client.postComment(row.bug_id, row.body);
    return { result: 'posted', commentId: id, found: false };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    if (error instanceof BugzillaError && !error.retryable) return { result: 'failed', error: message };
    return { result: 'retry', error: message };
  }
}

type Settled = Partial<
  Pick<BugDraft, 'state' | 'posted_at' | 'comment_id' | 'last_error' | 'next_attempt_at'>
>;

/**
 * Ends this worker's claim with `set` and an audit entry in one transaction, with `more` (the
 * incident's side) in it too; nothing happens when the claim was lost meanwhile.
 */
async function settle(
  deps: PostDeps,
  row: BugDraft,
  now: number,
  set: Settled,
  event: { action: string; details: Record<string, unknown> },
  more: (trx: Transaction<Database>) => Promise<void> = async () => {},
): Promise<boolean> {
  return deps.store.db.transaction().execute(async (trx) => {
    const marked = await claimed(
      trx
        .updateTable('bug_drafts')
        .set({ ...set, next_attempt_at: null, claimed_by: null, claim_expires_at: null }),
      deps,
      row,
    ).executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) return false;
    await audit(trx, {
      actor: SYSTEM,
      action: event.action,
      at: now,
      subject: { type: 'bug_draft', id: row.id },
      details: { ...event.details, bugId: row.bug_id, worker: deps.worker },
    });
    await more(trx);
    return true;
  });
}

function markPosted(
  deps: PostDeps,
  row: BugDraft,
  outcome: { commentId: number; found: boolean },
  now: number,
) {
  return settle(
    deps,
    row,
    now,
    { state: 'posted', posted_at: now, comment_id: outcome.commentId, last_error: null },
    {
      action: 'draft.post',
      details: { commentId: outcome.commentId, kind: row.kind, foundOnBug: outcome.found },
    },
    (trx) => markReportPosted(trx, row, outcome.commentId, now),
  );
}

function markFailed(deps: PostDeps, row: BugDraft, error: string, now: number) {
  return settle(
    deps,
    row,
    now,
    { state: 'failed', last_error: error },
    { action: 'draft.post-failed', details: { error } },
  );
}

/** A posted report stops its IRG clock; the Closure Summary also closes the incident. */
async function markReportPosted(trx: Transaction<Database>, row: BugDraft, commentId: number, now: number) {
  if (row.incident_id === null || row.kind === 'comment') return;
  const column = POSTED_AT[row.kind];
  // The first posting meets the IRG clock; a revised report posted later does not move it.
  await trx
    .updateTable('incidents')
    .set(column, now)
    .set('updated_at', now)
    .where('id', '=', row.incident_id)
    .where(column, 'is', null)
    .execute();
  if (row.kind === 'closure')
    await trx
      .updateTable('incidents')
      .set({ status: 'closed', closed_at: now, updated_at: now })
      .where('id', '=', row.incident_id)
      .where('status', '=', 'open')
      .execute();
  await audit(trx, {
    actor: SYSTEM,
    action: `incident.${row.kind}-posted`,
    at: now,
    subject: { type: 'incident', id: row.incident_id },
    details: { draftId: row.id, bugId: row.bug_id, commentId },
  });
}

/** Ends this worker's claim with `set`; a draft claimed again or changed since is left alone. */
async function finish(
  deps: PostDeps,
  row: BugDraft,
  set: Partial<Pick<BugDraft, 'last_error' | 'next_attempt_at' | 'attempts'>>,
): Promise<void> {
  await claimed(
    deps.store.db.updateTable('bug_drafts').set({ ...set, claimed_by: null, claim_expires_at: null }),
    deps,
    row,
  ).execute();
}

type DraftUpdate = UpdateQueryBuilder<Database, 'bug_drafts', 'bug_drafts', UpdateResult>;

/** The claim fences every write: still this worker's, the same attempt, still approved. */
function claimed(query: DraftUpdate, deps: PostDeps, row: BugDraft): DraftUpdate {
  return query
    .where('id', '=', row.id)
    .where('state', '=', 'approved')
    .where('claimed_by', '=', deps.worker)
    .where('attempts', '=', row.attempts);
}
