import type { Kysely } from 'kysely';

/**
 * The certificates a scope's last run found, so the next run can name what appeared and what
 * disappeared since, not only say that the digest changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scope_certificates')
    .addColumn('scope_id', 'integer', (c) => c.notNull().references('scopes.id'))
    .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificates.id'))
    .addPrimaryKeyConstraint('scope_certificates_pk', ['scope_id', 'certificate_id'])
    .execute();
}
