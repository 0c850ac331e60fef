/**
 * A named lease over a periodic job that several instances run (the Bugzilla sync): whoever holds
 * it runs the job, the others skip it, and a holder that dies loses it when it expires. It lives in
 * the settings table as `holder expiry`, taken by compare-and-swap on the value read, so two
 * instances never both win: the second UPDATE finds the value changed and matches no row.
 */
import type { Store } from './database.js';

const keyOf = (name: string) => `lease:${name}`;

/** True when `holder` now holds the lease `name` until now + ms (taken anew or renewed). */
export async function takeLease(
  store: Store,
  name: string,
  holder: string,
  now: number,
  ms: number,
): Promise<boolean> {
  const key = keyOf(name);
  const value = `${holder} ${now + ms}`;
  const inserted = await store.db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted !== undefined) return true;
  const current = await read(store, name);
  if (current === undefined) return false;
  if (current.holder !== holder && current.expires > now) return false;
  const swapped = await store.db
    .updateTable('settings')
    .set({ value })
    .where('key', '=', key)
    .where('value', '=', current.value)
    .executeTakeFirst();
  return swapped.numUpdatedRows === 1n;
}

/** Gives the lease up at once (after the job), so a restarted or another instance need not wait. */
export async function releaseLease(store: Store, name: string, holder: string): Promise<void> {
  const current = await read(store, name);
  if (current?.holder !== holder) return;
  await store.db
    .deleteFrom('settings')
    .where('key', '=', keyOf(name))
    .where('value', '=', current.value)
    .execute();
}

async function read(
  store: Store,
  name: string,
): Promise<{ value: string; holder: string; expires: number } | undefined> {
  const row = await store.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', keyOf(name))
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const split = row.value.lastIndexOf(' ');
  return { value: row.value, holder: row.value.slice(0, split), expires: Number(row.value.slice(split + 1)) };
}
