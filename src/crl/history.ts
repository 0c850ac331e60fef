/** What the watch remembers per source: every check (crl_checks) and the entries of the latest good CRL (crl_entries). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { type CrlCheck, type CrlEntry, crlNumberOf, type PreviousCheck } from './check.js';
import { type CrlProblem, hasError } from './problem.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The last check whose CRL carried a number and was not shown forged, for the CRLNumber comparison. */
export async function previousCheck(db: Db, sourceId: number): Promise<PreviousCheck | undefined> {
  const row = await db
    .selectFrom('crl_checks')
    .select(['sha256', 'crl_number'])
    .where('source_id', '=', sourceId)
    .where('crl_number', 'is not', null)
    .where('signature', '!=', 'invalid')
    .orderBy('checked_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && { sha256: row.sha256, crlNumber: row.crl_number };
}

export async function storedEntries(db: Db, sourceId: number): Promise<CrlEntry[]> {
  const rows = await db
    .selectFrom('crl_entries')
    .select(['serial', 'revoked_at', 'reason_code'])
    .where('source_id', '=', sourceId)
    .execute();
  return rows.map((r) => ({ serial: r.serial, revokedAt: r.revoked_at, reasonCode: r.reason_code }));
}

/** Rows per INSERT: four parameters each, well inside both dialects' limits. */
const BATCH = 500;

/**
 * Stores the check; when the CRL's signature verified, its entries replace the source's. Returns
 * the check's id.
 */
export async function recordCheck(
  trx: Transaction<Database>,
  sourceId: number,
  check: CrlCheck,
  problems: readonly CrlProblem[],
  now: number,
): Promise<number> {
  const { id } = await trx
    .insertInto('crl_checks')
    .values({
      source_id: sourceId,
      checked_at: now,
      ok: hasError(problems) ? 0 : 1,
      this_update: check.crl?.thisUpdate.ms ?? null,
      next_update: check.crl?.nextUpdate?.ms ?? null,
      crl_number: check.crl ? crlNumberOf(check.crl) : null,
      signature: check.signature,
      problems: JSON.stringify(problems),
      sha256: check.sha256,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (check.signature === 'valid') {
    await trx.deleteFrom('crl_entries').where('source_id', '=', sourceId).execute();
    for (let i = 0; i < check.entries.length; i += BATCH)
      await trx
        .insertInto('crl_entries')
        .values(
          check.entries.slice(i, i + BATCH).map((e) => ({
            source_id: sourceId,
            serial: e.serial,
            revoked_at: e.revokedAt,
            reason_code: e.reasonCode,
          })),
        )
        .execute();
  }
  return id;
}
