import type { Kysely } from 'kysely';

/**
 * An alert point can be recorded without firing: when a sweep first finds several points of one
 * deadline due (after downtime, or a case entered late), only the highest fires and the lower ones
 * are kept as superseded by it, so they never fire later.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('superseded_by', 'text').execute();
  await db.schema.createIndex('alerts_case').on('alerts').column('case_id').execute();
}
