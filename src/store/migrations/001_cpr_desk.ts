import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columns } from './columns.js';

/** Settings shared by instances, accounts, audit log, intake, cases, outbox and alerts: the CPR desk. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { id, time, bytes } = columns(dialect);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', id.type, id.build)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('disabled_at', time)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('expires_at', time, (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', id.type, id.build)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('last_used_at', time)
    .addColumn('revoked_at', time)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', id.type, id.build)
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'integer')
    .addColumn('details', 'text')
    .addColumn('request_id', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_subject')
    .on('audit_log')
    .columns(['subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', id.type, id.build)
    .addColumn('received_at', time, (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('reporter_email', 'text')
    .addColumn('reporter_name', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('problem_type', 'text')
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('triage', 'text', (c) => c.notNull())
    .addColumn('triage_note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
    .addColumn('co_owner_id', 'integer', (c) => c.references('users.id'))
    .addColumn('subscriber_contact', 'text')
    .addColumn('revocation_reason', 'integer')
    .addColumn('revocation_subordinate_ca', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revocation_decided_at', time)
    .addColumn('preliminary_report_sent_at', time)
    .addColumn('revocation_published_at', time)
    .addColumn('closed_at', time)
    .execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'received_at']).execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', id.type, id.build)
    .addColumn('received_at', time, (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('envelope_from', 'text')
    .addColumn('envelope_to', 'text')
    .addColumn('remote_address', 'text')
    .addColumn('raw', bytes, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claim_expires_at', time)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .execute();
  await db.schema.createIndex('inbound_messages_state').on('inbound_messages').column('state').execute();

  await db.schema
    .createTable('case_certificates')
    .addColumn('id', id.type, id.build)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .addColumn('der', bytes)
    .addColumn('subject', 'text')
    .addColumn('issuer', 'text')
    .addColumn('serial', 'text')
    .addColumn('not_before', time)
    .addColumn('not_after', time)
    .addColumn('lint_results', 'text')
    .addColumn('lint_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_certificates_case').on('case_certificates').column('case_id').execute();

  await db.schema
    .createTable('case_evidence')
    .addColumn('id', id.type, id.build)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('verified', 'integer', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('raw', bytes, (c) => c.notNull())
    .addColumn('added_at', time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', id.type, id.build)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_reports')
    .addColumn('id', id.type, id.build)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_at', time)
    .addColumn('sent_at', time)
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', id.type, id.build)
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('extra', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', time, (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claim_expires_at', time)
    .addColumn('sent_at', time)
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', id.type, id.build)
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('deadline_key', 'text', (c) => c.notNull())
    .addColumn('fraction', 'real', (c) => c.notNull())
    .addColumn('due_at', time, (c) => c.notNull())
    .addColumn('fired_at', time, (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .execute();
}
