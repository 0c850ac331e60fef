import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columns } from './columns.js';

/**
 * Bugzilla bugs as synced, the facts derived from them, the incident register (the IRG 3.2 report,
 * action items, timeline), drafts that wait for a second person's approval before they are posted,
 * and alerts about subjects other than cases.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { id, time } = columns(dialect);

  // The bug's id is Bugzilla's; the facts below the raw fields are recomputed on every sync.
  await db.schema
    .createTable('bugs')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('component', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text', (c) => c.notNull())
    .addColumn('whiteboard', 'text', (c) => c.notNull())
    .addColumn('creator', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text', (c) => c.notNull())
    .addColumn('creation_time', time, (c) => c.notNull())
    .addColumn('last_change_time', time, (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('synced_at', time, (c) => c.notNull())
    .addColumn('ca_owner', 'text')
    .addColumn('ours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('revocation_delay', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_update_date', 'text')
    .addColumn('last_ca_comment_at', time)
    .addColumn('last_other_comment_at', time)
    .addColumn('open_question_at', time)
    .addColumn('needinfo_ca_since', time)
    .addColumn('needinfo_ca', 'text')
    .execute();
  await db.schema.createIndex('bugs_last_change').on('bugs').column('last_change_time').execute();
  await db.schema.createIndex('bugs_open_ours').on('bugs').columns(['is_open', 'ours']).execute();

  await db.schema
    .createTable('bug_comments')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('bug_id', 'integer', (c) => c.notNull().references('bugs.id'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('creator', 'text', (c) => c.notNull())
    .addColumn('creation_time', time, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('is_private', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('bug_comments_bug').on('bug_comments').columns(['bug_id', 'count']).execute();

  // One row per field change, unique on (bug, time, who, field) as Bugzilla reports them.
  await db.schema
    .createTable('bug_history')
    .addColumn('id', id.type, id.build)
    .addColumn('bug_id', 'integer', (c) => c.notNull().references('bugs.id'))
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('who', 'text', (c) => c.notNull())
    .addColumn('field_name', 'text', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('added', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('bug_history_unique')
    .on('bug_history')
    .columns(['bug_id', 'at', 'who', 'field_name'])
    .unique()
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', id.type, id.build)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('bug_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
    .addColumn('co_owner_id', 'integer', (c) => c.references('users.id'))
    .addColumn('aware_at', time, (c) => c.notNull())
    .addColumn('revocation_delay', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('preliminary_posted_at', time)
    .addColumn('full_posted_at', time)
    .addColumn('closure_posted_at', time)
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('closed_at', time)
    .execute();
  await db.schema.createIndex('incidents_bug').on('incidents').column('bug_id').execute();

  await db.schema
    .createTable('incident_cases')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addPrimaryKeyConstraint('incident_cases_pk', ['incident_id', 'case_id'])
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', id.type, id.build)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('root_causes', 'text', (c) => c.notNull())
    .addColumn('evaluation_criteria', 'text', (c) => c.notNull())
    .addColumn('due_at', time)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('changed_at', time, (c) => c.notNull())
    .addColumn('completed_at', time)
    .execute();
  await db.schema
    .createIndex('action_items_number')
    .on('action_items')
    .columns(['incident_id', 'number'])
    .unique()
    .execute();

  // Imported entries carry a source key, unique per incident, so importing again adds only what is new.
  await db.schema
    .createTable('incident_timeline')
    .addColumn('id', id.type, id.build)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text')
    .addColumn('included', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('root_cause', 'integer')
    .addColumn('edited_by', 'integer', (c) => c.references('users.id'))
    .addColumn('edited_at', time)
    .execute();
  await db.schema
    .createIndex('incident_timeline_source')
    .on('incident_timeline')
    .columns(['incident_id', 'source_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('bug_drafts')
    .addColumn('id', id.type, id.build)
    .addColumn('bug_id', 'integer', (c) => c.notNull())
    .addColumn('incident_id', 'integer', (c) => c.references('incidents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_at', time)
    .addColumn('claimed_by', 'text')
    .addColumn('claim_expires_at', time)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', time)
    .addColumn('posted_at', time)
    .addColumn('comment_id', 'integer')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('bug_drafts_state').on('bug_drafts').column('state').execute();

  // Alerts about incidents, bugs and action items carry their subject; a case's keeps case_id.
  await db.schema.alterTable('alerts').addColumn('subject', 'text').execute();
}
