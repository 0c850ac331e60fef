/**
 * A separate process on a shared database, driven by its parent over IPC:
 * `open` opens the store (running migrations) and reports; `claim` claims ready
 * outbox rows until none is left and reports their ids. Both wait for the
 * parent's 'go' so that several processes start at the same moment.
 * Usage: node storeWorker.js <open|claim> <DATABASE_URL> <worker> <now>
 */
import { claimRows } from '../../src/store/claim.js';
import { openDatabase } from '../../src/store/database.js';

const [mode, url, worker, now] = process.argv.slice(2) as [string, string, string, string];
const send = (message: unknown) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));

await send({ ready: true });
await new Promise((resolve) => process.once('message', resolve));
const store = await openDatabase(url);
const ids: number[] = [];
if (mode === 'claim') {
  for (;;) {
    const rows = await claimRows(store, 'outbox', {
      worker,
      now: Number(now),
      leaseMs: 60_000,
      limit: 5,
      ready: (eb) => eb('state', '=', 'pending'),
    });
    if (rows.length === 0) break;
    ids.push(...rows.map((r) => r.id));
  }
}
await store.close();
await send({ ids });
process.disconnect();
