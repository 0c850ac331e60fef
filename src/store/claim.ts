/**
 * Claims rows for one worker with a lease: the one way a row that must be
 * handled once (an outbound message, an inbound message to process) is taken.
 * The claim is one conditional UPDATE, so two instances never hold the same
 * row; a worker that dies loses its lease and the row is claimed again.
 * PostgreSQL adds FOR UPDATE SKIP LOCKED so concurrent claimers pass each other
 * instead of waiting; SQLite has one writer at a time, so the UPDATE is atomic.
 */
import type { Expression, ExpressionBuilder, Selectable, SqlBool } from 'kysely';
import type { Store } from './database.js';
import type { Database } from './schema.js';

type Claimable = 'outbox' | 'inbound_messages' | 'bug_drafts';

export interface ClaimRequest<T extends Claimable> {
  readonly worker: string;
  readonly now: number;
  readonly leaseMs: number;
  readonly limit: number;
  /** Which rows are ready, besides not being leased by a live worker. */
  readonly ready: (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;
}

export async function claimRows<T extends Claimable>(
  store: Store,
  table: T,
  request: ClaimRequest<T>,
): Promise<Selectable<Database[T]>[]> {
  // Kysely cannot type a query over a table chosen at run time; both tables
  // have the lease columns, so treat the table as 'outbox' for the builder.
  const t = table as 'outbox';
  const ready = request.ready as unknown as ClaimRequest<'outbox'>['ready'];
  const free = (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([
      ready(eb),
      eb.or([eb('claim_expires_at', 'is', null), eb('claim_expires_at', '<', request.now)]),
    ]);
  // On SQLite even an UPDATE that changes nothing takes the file's single write lock, for which
  // other processes then wait in sleeps of up to 100 ms; an idle poller looks before it writes.
  if (store.dialect === 'sqlite') {
    const any = await store.db.selectFrom(t).select('id').where(free).limit(1).executeTakeFirst();
    if (any === undefined) return [];
  }
  // The candidates are chosen once, in a materialized CTE: as an IN (subquery), PostgreSQL may run
  // the subquery again per row, skip the rows this very UPDATE has just changed, and so claim
  // more than `limit` rows.
  const rows = await store.db
    .with(
      (cte) => cte('candidates').materialized(),
      (db) => {
        const query = db.selectFrom(t).select('id').where(free).orderBy('id').limit(request.limit);
        return store.dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
      },
    )
    .updateTable(t)
    .set((eb) => ({
      claimed_by: request.worker,
      claim_expires_at: request.now + request.leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) => eb.selectFrom('candidates').select('candidates.id'))
    .where(free)
    .returningAll()
    .execute();
  return rows as unknown as Selectable<Database[T]>[];
}

/**
 * Gives back every claim held under this instance's name (its own, and the
 * form requests it was handling, named `<instance>/…`). Called at start: a
 * restarted instance is not holding anything, so its work need not wait for
 * the leases of the process that died. Instance names must be distinct.
 */
export async function releaseClaims(store: Store, instance: string): Promise<void> {
  for (const table of ['outbox', 'inbound_messages', 'bug_drafts'] as const) {
    await store.db
      .updateTable(table)
      .set({ claimed_by: null, claim_expires_at: null })
      .where((eb) => eb.or([eb('claimed_by', '=', instance), eb('claimed_by', 'like', `${instance}/%`)]))
      .execute();
  }
}
