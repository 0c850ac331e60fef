import type { Kysely } from 'kysely';

/**
 * The BR 4.9.5 clock ends when the preliminary report reached the relay for every recipient, a fact
 * the outbox rows of its copies hold (alerts/facts.ts). The case's own copy of the send time was the
 * time the copies were queued, which a refused copy left standing as met: it goes. The index serves
 * the per-case reads of the outbox: report copies, recent acknowledgements.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('preliminary_report_sent_at').execute();
  await db.schema.createIndex('outbox_case').on('outbox').column('case_id').execute();
}
