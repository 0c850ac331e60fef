import { randomBytes } from 'node:crypto';
import type { Store } from './database.js';

/**
 * A secret shared by every instance on the database: the first instance to
 * ask creates it, the rest read the same value, so a cookie signed by one
 * instance is valid on all of them.
 */
export async function sharedSecret(store: Store, key: string): Promise<string> {
  await store.db
    .insertInto('settings')
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await store.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
