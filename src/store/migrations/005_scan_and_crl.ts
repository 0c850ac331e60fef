import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columns } from './columns.js';

/** Corpus scans and their findings, scopes of affected certificates, remediation, CRL watch. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { id, time, bytes } = columns(dialect);

  await db.schema
    .createTable('scans')
    .addColumn('id', id.type, id.build)
    .addColumn('started_at', time, (c) => c.notNull())
    .addColumn('finished_at', time)
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('at', time)
    .addColumn('objects', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unreadable', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per input source of a scan: where it stands, so a killed scan resumes.
  await db.schema
    .createTable('scan_sources')
    .addColumn('id', id.type, id.build)
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scans.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('scan_sources_unique')
    .on('scan_sources')
    .columns(['scan_id', 'source'])
    .unique()
    .execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', id.type, id.build)
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('dns_names', 'text', (c) => c.notNull())
    .addColumn('not_before', time, (c) => c.notNull())
    .addColumn('not_after', time, (c) => c.notNull())
    .addColumn('policy_type', 'text')
    .addColumn('authority_key_id', 'text')
    .addColumn('crl_urls', 'text', (c) => c.notNull())
    .addColumn('der', bytes, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificates_issuer_serial')
    .on('certificates')
    .columns(['issuer', 'serial'])
    .execute();
  await db.schema.createIndex('certificates_not_before').on('certificates').column('not_before').execute();

  // Non-passing results only: a corpus of millions times ~340 lints would be mostly 'pass' and 'NA'.
  await db.schema
    .createTable('findings')
    .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificates.id'))
    .addColumn('lint', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addPrimaryKeyConstraint('findings_pk', ['certificate_id', 'lint'])
    .execute();
  await db.schema.createIndex('findings_lint').on('findings').columns(['lint', 'status']).execute();

  await db.schema
    .createTable('scan_certificates')
    .addColumn('scan_id', 'integer', (c) => c.notNull().references('scans.id'))
    .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificates.id'))
    .addPrimaryKeyConstraint('scan_certificates_pk', ['scan_id', 'certificate_id'])
    .execute();

  // A saved query naming the certificates one problem affects, reviewed by a second person.
  await db.schema
    .createTable('scopes')
    .addColumn('id', id.type, id.build)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('incident', 'text')
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', time)
    .addColumn('last_run_at', time)
    .addColumn('last_count', 'integer')
    .addColumn('last_digest', 'text')
    .execute();

  await db.schema
    .createTable('remediations')
    .addColumn('id', id.type, id.build)
    .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificates.id'))
    .addColumn('scope_id', 'integer', (c) => c.references('scopes.id'))
    .addColumn('reason', 'integer', (c) => c.notNull())
    .addColumn('aware_at', time, (c) => c.notNull())
    .addColumn('planned_at', time)
    .addColumn('revoked_at', time)
    .addColumn('revocation_code', 'integer')
    .addColumn('recorded_at', time)
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('remediations_unique')
    .on('remediations')
    .columns(['certificate_id', 'scope_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('crl_sources')
    .addColumn('id', id.type, id.build)
    .addColumn('location', 'text', (c) => c.notNull().unique())
    .addColumn('issuer_der', bytes)
    .addColumn('added_at', time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('crl_checks')
    .addColumn('id', id.type, id.build)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('crl_sources.id'))
    .addColumn('checked_at', time, (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('this_update', time)
    .addColumn('next_update', time)
    .addColumn('crl_number', 'text')
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .execute();
  await db.schema
    .createIndex('crl_checks_source')
    .on('crl_checks')
    .columns(['source_id', 'checked_at'])
    .execute();

  // The entries of the latest good CRL of each source, to check tracked revocations against.
  await db.schema
    .createTable('crl_entries')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('crl_sources.id'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('revoked_at', time, (c) => c.notNull())
    .addColumn('reason_code', 'integer')
    .addPrimaryKeyConstraint('crl_entries_pk', ['source_id', 'serial'])
    .execute();
}
