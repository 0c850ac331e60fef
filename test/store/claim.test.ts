import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { enqueueEmail } from '../../src/delivery/outbox.js';
import { claimRows } from '../../src/store/claim.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import { runTogether } from './processes.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const LEASE = 60_000;

async function fillOutbox(store: Store, count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await enqueueEmail(store.db, { dedupeKey: `k${i}`, to: ['a@example.org'], subject: 's', text: 't' }, NOW);
}

const claim = (store: Store, worker: string, now: number, limit = 3) =>
  claimRows(store, 'outbox', {
    worker,
    now,
    leaseMs: LEASE,
    limit,
    ready: (eb) => eb('state', '=', 'pending'),
  });

/** Every id claimed once: no row given to two claimers, none left behind. */
function assertPartition(claims: number[][], count: number): void {
  const all = claims.flat().sort((a, b) => a - b);
  assert.deepEqual(
    all,
    Array.from({ length: count }, (_, i) => i + 1),
  );
}

describe('claimRows', () => {
  eachStore('leases ready rows to one worker until the lease expires', async ({ store }) => {
    await fillOutbox(store, 5);
    await store.db.updateTable('outbox').set({ state: 'sent' }).where('id', '=', 5).execute();

    const a = await claim(store, 'a', NOW);
    assert.deepEqual(
      a.map((r) => [r.id, r.claimed_by, r.claim_expires_at, r.attempts]),
      [
        [1, 'a', NOW + LEASE, 1],
        [2, 'a', NOW + LEASE, 1],
        [3, 'a', NOW + LEASE, 1],
      ],
    );
    const b = await claim(store, 'b', NOW);
    assert.deepEqual(
      b.map((r) => r.id),
      [4],
      'the sent row is not ready; the leased ones are taken',
    );
    assert.deepEqual(await claim(store, 'b', NOW + LEASE), [], 'a lease holds through its last millisecond');

    const again = await claim(store, 'b', NOW + LEASE + 1, 10);
    assert.deepEqual(
      again.map((r) => [r.id, r.claimed_by, r.attempts]),
      [
        [1, 'b', 2],
        [2, 'b', 2],
        [3, 'b', 2],
        [4, 'b', 2],
      ],
    );
  });

  eachStore('never hands one row to two of many concurrent claimers', async ({ store, open }) => {
    const count = 400;
    await fillOutbox(store, count);
    const stores = [store, await open(), await open()];
    const loop = async (s: Store, worker: string) => {
      const ids: number[] = [];
      for (let rows = await claim(s, worker, NOW); rows.length > 0; rows = await claim(s, worker, NOW))
        ids.push(...rows.map((r) => r.id));
      return ids;
    };
    const claims = await Promise.all(
      Array.from({ length: 24 }, (_, i) => loop(stores[i % stores.length] as Store, `w${i}`)),
    );
    assertPartition(claims, count);
    assert.ok(claims.filter((c) => c.length > 0).length > 1, 'the work was shared');
  });

  eachStore('never hands one row to two claiming processes', async ({ store, url }) => {
    const count = 400;
    await fillOutbox(store, count);
    const claims = await runTogether('claim', url, ['p1', 'p2', 'p3', 'p4'], NOW);
    assertPartition(claims, count);
    const owners = await store.db.selectFrom('outbox').select(['id', 'claimed_by']).orderBy('id').execute();
    for (const [i, ids] of claims.entries())
      for (const id of ids) assert.equal(owners[id - 1]?.claimed_by, `p${i + 1}`);
  });
});
