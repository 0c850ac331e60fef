/**
 * Keeps the bugs table a copy of the watched Bugzilla components. The first sync takes every bug,
 * later ones only bugs changed since the newest change already stored; a bug's comments are fetched
 * only when the bug changed, and only those newer than the newest stored. Each page of bugs is
 * stored in one transaction together with the cursor of the sweep, so a sync that stops half way
 * leaves whole bugs behind and the next one carries on from the next page.
 */
import type { Insertable, Transaction } from 'kysely';
import { SYSTEM, audit } from '../store/audit.js';
import type { Store } from '../store/database.js';
import type { BugCommentsTable, BugHistoryTable, BugsTable } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { type CaIdentity, type CommentFacts, analyzeBug } from './analysis.js';
import { BUG_FIELDS, type BugzillaClient } from './client.js';
import type { RestBug, RestComment, RestHistoryEntry } from './rest.js';

/** The CA compliance component, under its current product and the older NSS one. */
export const WATCHED = [
  { product: 'CA Program', component: 'CA Certificate Compliance' },
  { product: 'NSS', component: 'CA Certificate Compliance' },
] as const;

const PAGE = 500;
/**
 * BMO keeps last_change_time to the second and a bug may change while the sweep pages, so the
 * next sync asks again for the last minute; bugs it has already stored unchanged cost no request.
 */
const OVERLAP_MS = 60_000;
/** BMO's new_since means strictly newer: ask from a second earlier for comments of the same second. */
const SAME_SECOND_MS = 1000;

/** The newest last_change_time stored, epoch ms. */
export const WATERMARK_KEY = 'bugzilla.last_change_time';
/** The sweep under way: its query bound, the next offset and the newest change seen so far. */
const CURSOR_KEY = 'bugzilla.sync_cursor';

interface Cursor {
  since: number | null;
  offset: number;
  newest: number | null;
}

export interface SyncReport {
  /** Whether every bug of the components was asked for. */
  full: boolean;
  /** Bugs received. */
  bugs: number;
  /** Bugs new or changed since the last sync, stored again. */
  changed: number;
  /** Comments newly stored. */
  comments: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  /** The last_change_time bound of the query, null for a full sync. */
  since: number | null;
}

type Tx = Transaction<Database>;

async function readSetting(store: Store, key: string): Promise<string | null> {
  const row = await store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

async function writeSetting(tx: Tx, key: string, value: string | null): Promise<void> {
  if (value === null) {
    await tx.deleteFrom('settings').where('key', '=', key).execute();
    return;
  }
  await tx
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Where this sync starts: a stored unfinished sweep, else a new one from the watermark. */
async function startingCursor(store: Store, full: boolean): Promise<Cursor> {
  const saved = await readSetting(store, CURSOR_KEY);
  const cursor = saved === null ? null : (JSON.parse(saved) as Cursor);
  if (cursor && (!full || cursor.since === null)) return cursor;
  const watermark = full ? null : await readSetting(store, WATERMARK_KEY);
  return { since: watermark === null ? null : Number(watermark) - OVERLAP_MS, offset: 0, newest: null };
}

/** Requests handed to the client at once: enough to fill its concurrency limit. */
const FAN_OUT = 8;

/**
 * Maps items through fn a few at a time. After a failure no further item starts, so a Bugzilla
 * that has gone away is not asked hundreds more times for a page that cannot be stored anyway.
 */
async function mapFew<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FAN_OUT, items.length) }, worker));
  return results;
}

/** Rows of many columns go in batches that stay under SQLite's and PostgreSQL's parameter limits. */
async function insertChunked<T>(
  rows: readonly T[],
  perChunk: number,
  insert: (chunk: T[]) => Promise<unknown>,
) {
  for (let i = 0; i < rows.length; i += perChunk) await insert(rows.slice(i, i + perChunk));
}

function bugRow(
  bug: RestBug,
  comments: readonly CommentFacts[],
  ca: CaIdentity,
  now: number,
): Insertable<BugsTable> {
  const a = analyzeBug(bug, comments, ca);
  return {
    id: bug.id,
    product: bug.product,
    component: bug.component,
    summary: bug.summary,
    status: bug.status,
    resolution: bug.resolution,
    whiteboard: bug.whiteboard,
    creator: bug.creator,
    assigned_to: bug.assigned_to,
    creation_time: bug.creation_time,
    last_change_time: bug.last_change_time,
    is_open: bug.is_open ? 1 : 0,
    flags: JSON.stringify(bug.flags),
    comment_count: bug.comment_count ?? comments.length,
    synced_at: now,
    ca_owner: a.caOwner,
    ours: a.ours ? 1 : 0,
    tags: JSON.stringify(a.tags),
    revocation_delay: a.revocationDelay ? 1 : 0,
    next_update_date: a.nextUpdateDate,
    last_ca_comment_at: a.lastCaCommentAt,
    last_other_comment_at: a.lastOtherCommentAt,
    open_question_at: a.openQuestionAt,
    needinfo_ca_since: a.needinfoCaSince,
    needinfo_ca: a.needinfoCa.length > 0 ? a.needinfoCa.join(',') : null,
  };
}

const commentRow = (c: RestComment): Insertable<BugCommentsTable> => ({
  id: c.id,
  bug_id: c.bug_id,
  count: c.count,
  creator: c.creator,
  creation_time: c.creation_time,
  text: c.text,
  is_private: c.is_private ? 1 : 0,
});

const historyRows = (bugId: number, entries: readonly RestHistoryEntry[]): Insertable<BugHistoryTable>[] =>
  entries.flatMap((e) =>
    e.changes.map((c) => ({
      bug_id: bugId,
      at: e.when,
      who: e.who,
      field_name: c.field_name,
      removed: c.removed,
      added: c.added,
    })),
  );

/** The bug columns a new sync overwrites: all but the key. */
const UPDATED = [
  ...BUG_FIELDS.filter((f) => f !== 'id'),
  'synced_at',
  'ca_owner',
  'ours',
  'tags',
  'revocation_delay',
  'next_update_date',
  'last_ca_comment_at',
  'last_other_comment_at',
  'open_question_at',
  'needinfo_ca_since',
  'needinfo_ca',
] satisfies readonly (keyof BugsTable)[];

/** Stores one page: bugs (upserted), comments and history (each once), and the sweep's progress. */
async function storePage(
  tx: Tx,
  page: { bugs: Insertable<BugsTable>[]; comments: RestComment[]; history: Insertable<BugHistoryTable>[] },
): Promise<number> {
  await insertChunked(page.bugs, 400, (chunk) =>
    tx
      .insertInto('bugs')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => {
          const set: Record<string, unknown> = {};
          for (const column of UPDATED) set[column] = eb.ref(`excluded.${column}`);
          return set as Record<Exclude<keyof BugsTable, 'id'>, never>;
        }),
      )
      .execute(),
  );
  let inserted = 0;
  await insertChunked(page.comments.map(commentRow), 2000, async (chunk) => {
    const result = await tx
      .insertInto('bug_comments')
      .values(chunk)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  });
  await insertChunked(page.history, 2000, (chunk) =>
    tx
      .insertInto('bug_history')
      .values(chunk)
      .onConflict((oc) => oc.columns(['bug_id', 'at', 'who', 'field_name']).doNothing())
      .execute(),
  );
  return inserted;
}

/** The newest stored time of a column per bug, for new_since. */
async function newestPerBug(
  store: Store,
  table: 'bug_comments' | 'bug_history',
  column: 'creation_time' | 'at',
  ids: readonly number[],
): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await store.db
    .selectFrom(table)
    .select((eb) => ['bug_id', eb.fn.max<number>(column).as('newest')])
    .where('bug_id', 'in', ids)
    .groupBy('bug_id')
    .execute();
  return new Map(rows.map((r) => [r.bug_id, Number(r.newest)]));
}

/** Every comment of these bugs, stored and just fetched, for the analysis. */
async function allComments(
  store: Store,
  ids: readonly number[],
  fetched: readonly RestComment[],
): Promise<Map<number, CommentFacts[]>> {
  const byBug = new Map<number, Map<number, CommentFacts>>(ids.map((id) => [id, new Map()]));
  if (ids.length > 0) {
    const stored = await store.db
      .selectFrom('bug_comments')
      .select(['id', 'bug_id', 'creator', 'creation_time', 'count'])
      .where('bug_id', 'in', ids)
      .execute();
    for (const c of stored) byBug.get(c.bug_id)?.set(c.id, c);
  }
  for (const c of fetched) byBug.get(c.bug_id)?.set(c.id, c);
  return new Map([...byBug].map(([id, m]) => [id, [...m.values()].sort((a, b) => a.count - b.count)]));
}

export async function syncBugzilla(
  deps: { store: Store; client: BugzillaClient; ca: CaIdentity },
  now: number,
  options: { full?: boolean } = {},
): Promise<SyncReport> {
  const { store, client, ca } = deps;
  const requestsBefore = client.requests;
  const cursor = await startingCursor(store, options.full === true);
  const report: SyncReport = {
    full: cursor.since === null,
    bugs: 0,
    changed: 0,
    comments: 0,
    requests: 0,
    since: cursor.since,
  };
  const previous = Number((await readSetting(store, WATERMARK_KEY)) ?? Number.NEGATIVE_INFINITY);

  for (;;) {
    const bugs = await client.searchBugs({
      products: WATCHED,
      changedSince: cursor.since,
      limit: PAGE,
      offset: cursor.offset,
    });
    const ids = bugs.map((b) => b.id);
    const stored = new Map(
      ids.length === 0
        ? []
        : (
            await store.db
              .selectFrom('bugs')
              .select(['id', 'last_change_time'])
              .where('id', 'in', ids)
              .execute()
          ).map((r) => [r.id, r.last_change_time]),
    );
    const changed = options.full ? bugs : bugs.filter((b) => stored.get(b.id) !== b.last_change_time);
    const changedIds = changed.map((b) => b.id);

    const newestComment = await newestPerBug(store, 'bug_comments', 'creation_time', changedIds);
    const fetched = (
      await mapFew(changed, (b) => {
        const newest = newestComment.get(b.id);
        return client.comments(b.id, newest === undefined ? null : newest - SAME_SECOND_MS);
      })
    ).flat();
    const comments = await allComments(store, changedIds, fetched);
    const rows = changed.map((b) => bugRow(b, comments.get(b.id) ?? [], ca, now));

    // History matters only for the CA's own bugs: their timelines read it.
    const ours = rows.filter((r) => r.ours === 1).map((r) => r.id);
    const newestHistory = await newestPerBug(store, 'bug_history', 'at', ours);
    const history = (
      await mapFew(ours, async (id) => {
        const newest = newestHistory.get(id);
        return historyRows(
          id,
          await client.history(id, newest === undefined ? null : newest - SAME_SECOND_MS),
        );
      })
    ).flat();

    const newest = Math.max(
      cursor.newest ?? Number.NEGATIVE_INFINITY,
      ...bugs.map((b) => b.last_change_time),
    );
    cursor.newest = Number.isFinite(newest) ? newest : null;
    cursor.offset += bugs.length;
    const last = bugs.length < PAGE;
    report.comments += await store.db.transaction().execute(async (tx) => {
      const inserted = await storePage(tx, { bugs: rows, comments: fetched, history });
      await writeSetting(tx, CURSOR_KEY, last ? null : JSON.stringify(cursor));
      if (last && cursor.newest !== null && cursor.newest > previous)
        await writeSetting(tx, WATERMARK_KEY, String(cursor.newest));
      return inserted;
    });
    report.bugs += bugs.length;
    report.changed += changed.length;
    if (last) break;
  }

  report.requests = client.requests - requestsBefore;
  await audit(store.db, { actor: SYSTEM, action: 'bugzilla.synced', at: now, details: report });
  return report;
}
