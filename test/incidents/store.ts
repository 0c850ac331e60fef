/** Rows the register tests start from: two staff members, a case, a synced bug with comments and history. */
import type { Store } from '../../src/store/database.js';
import type { Actor } from '../../src/store/audit.js';
import type { User } from '../../src/store/schema.js';
import { createUser, userActor } from '../../src/users/users.js';
import { insertCase } from '../web/desk.js';

export const T = Date.parse('2026-11-23T09:00:00Z');
export const HOUR = 3_600_000;

export async function staff(store: Store, email: string): Promise<{ user: User; actor: Actor }> {
  const created = await createUser(
    store.db,
    { email, name: email, role: 'staff', password: 'correct horse battery staple' },
    { actor: { type: 'system', id: null, label: 'test' }, at: T },
  );
  if (!created.ok) throw new Error(created.error);
  return { user: created.value, actor: userActor(created.value) };
}

export async function linkedCase(store: Store): Promise<number> {
  const c = await insertCase(store, { received_at: T - 2 * HOUR, subject: 'Key compromise' });
  await store.db
    .insertInto('outbox')
    .values({
      dedupe_key: `report:1:reporter@example.org`,
      kind: 'email',
      created_at: T - HOUR,
      case_id: c.id,
      recipients: 'reporter@example.org',
      subject: 'Preliminary report',
      body: 'b',
      extra: '{}',
      state: 'sent',
      attempts: 1,
      next_attempt_at: T - HOUR,
      claimed_by: null,
      claim_expires_at: null,
      sent_at: T - HOUR + 37_000,
      last_error: null,
    })
    .execute();
  return c.id;
}

export async function syncedBug(store: Store, id: number): Promise<void> {
  await store.db
    .insertInto('bugs')
    .values({
      id,
      product: 'CA Program',
      component: 'CA Certificate Compliance',
      summary: 'Test CA: CPR not answered',
      status: 'ASSIGNED',
      resolution: '',
      whiteboard: '[ca-compliance]',
      creator: 'reporter@example.org',
      assigned_to: 'ca@ca.example',
      creation_time: T,
      last_change_time: T + 2 * HOUR,
      is_open: 1,
      flags: '[]',
      comment_count: 2,
      synced_at: T + 3 * HOUR,
      ca_owner: 'Test CA',
      ours: 1,
      tags: '["ca-compliance"]',
      revocation_delay: 0,
      next_update_date: null,
      last_ca_comment_at: null,
      last_other_comment_at: T,
      open_question_at: T,
      needinfo_ca_since: null,
      needinfo_ca: null,
    })
    .execute();
  await store.db
    .insertInto('bug_comments')
    .values([
      {
        id: 900,
        bug_id: id,
        count: 0,
        creator: 'reporter@example.org',
        creation_time: T,
        text: 'No answer to my CPR.\nDetails…',
        is_private: 0,
      },
      {
        id: 901,
        bug_id: id,
        count: 1,
        creator: 'x@example.org',
        creation_time: T + HOUR,
        text: 'private',
        is_private: 1,
      },
    ])
    .execute();
  await store.db
    .insertInto('bug_history')
    .values([
      {
        bug_id: id,
        at: T + 2 * HOUR,
        who: 'ben@example.org',
        field_name: 'whiteboard',
        removed: '',
        added: '[ca-compliance] Next update 2026-12-01',
      },
      {
        bug_id: id,
        at: T + 2 * HOUR,
        who: 'ben@example.org',
        field_name: 'flagtypes.name',
        removed: '',
        added: 'needinfo?(ca@ca.example)',
      },
      { bug_id: id, at: T + 2 * HOUR, who: 'ben@example.org', field_name: 'cc', removed: '', added: 'a@b.c' },
    ])
    .execute();
}
