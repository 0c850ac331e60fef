import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

const REFUSAL = 'audit_log is append-only';

/** The audit log refuses UPDATE and DELETE in the database itself, whatever code runs against it. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const event of ['UPDATE', 'DELETE'])
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${event.toLowerCase()} BEFORE ${event} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
        )
        .execute(db);
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS ` +
        `$$ BEGIN RAISE EXCEPTION '${REFUSAL}'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log ' +
        'FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()',
    )
    .execute(db);
  await sql
    .raw(
      'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log ' +
        'FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
    )
    .execute(db);
}
