import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Intake details: what each inbound message said once parsed (so a case's
 * thread is readable without parsing raw mail again), its Message-ID (so a
 * mailbox message read twice is stored once), and the unguessable token of a
 * case's public confirmation page.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('inbound_messages').addColumn('message_id', 'text').execute();
  await db.schema.alterTable('inbound_messages').addColumn('from_address', 'text').execute();
  await db.schema.alterTable('inbound_messages').addColumn('subject', 'text').execute();
  await db.schema.alterTable('inbound_messages').addColumn('text', 'text').execute();
  // A mailbox polled by several instances stores each message once (messages without a Message-ID aside).
  await db.schema
    .createIndex('inbound_messages_imap_once')
    .on('inbound_messages')
    .columns(['message_id', 'size'])
    .unique()
    .where(sql.ref('channel'), '=', 'imap')
    .execute();
  await db.schema.createIndex('inbound_messages_case').on('inbound_messages').column('case_id').execute();
  await db.schema.alterTable('cases').addColumn('public_token', 'text').execute();
  await db.schema.createIndex('cases_public_token').on('cases').column('public_token').unique().execute();
}
