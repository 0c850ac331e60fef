/** Users and cases for the alert tests, written straight to the store as intake and staff would. */
import type { Store } from '../../src/store/database.js';
import type { NewCase, Role } from '../../src/store/schema.js';

export const H = 3_600_000;
export const T0 = Date.parse('2026-11-23T10:00:00.000Z');
export const BASE_URL = 'https://vigil.test';
export const MANAGEMENT = ['boss@ca.example', 'compliance@ca.example'];

export async function addUser(
  store: Store,
  email: string,
  role: Role = 'staff',
  disabledAt: number | null = null,
): Promise<number> {
  const row = await store.db
    .insertInto('users')
    .values({
      email,
      display_name: email,
      password_hash: 'x',
      role,
      created_at: T0 - 100 * H,
      disabled_at: disabledAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addCase(store: Store, over: Partial<NewCase> = {}): Promise<number> {
  const row = await store.db
    .insertInto('cases')
    .values({
      received_at: T0,
      channel: 'smtp',
      reporter_email: 'reporter@example.org',
      subject: 'Misissued certificate <!channel>',
      body: 'text',
      verdict: 'cpr',
      classification: '{}',
      triage: 'suspected',
      status: 'open',
      revocation_subordinate_ca: 0,
      ...over,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
