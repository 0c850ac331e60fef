import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { releaseLease, takeLease } from '../../src/store/lease.js';
import { eachStore } from '../support/stores.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const MINUTE = 60_000;

describe('leases', () => {
  eachStore('one holder at a time, until it expires or is released', async ({ store }) => {
    assert.equal(await takeLease(store, 'sync', 'a:8080', NOW, MINUTE), true);
    assert.equal(await takeLease(store, 'sync', 'b:8080', NOW + 1, MINUTE), false, 'held by a');
    assert.equal(await takeLease(store, 'sync', 'a:8080', NOW + 2, MINUTE), true, 'a renews its own');
    assert.equal(await takeLease(store, 'other', 'b:8080', NOW + 2, MINUTE), true, 'names are separate');
    assert.equal(await takeLease(store, 'sync', 'b:8080', NOW + 2 + MINUTE - 1, MINUTE), false);
    assert.equal(await takeLease(store, 'sync', 'b:8080', NOW + 2 + MINUTE, MINUTE), true, 'expired');
    await releaseLease(store, 'sync', 'a:8080');
    assert.equal(
      await takeLease(store, 'sync', 'c:8080', NOW + 3 + MINUTE, MINUTE),
      false,
      'a cannot release b',
    );
    await releaseLease(store, 'sync', 'b:8080');
    assert.equal(await takeLease(store, 'sync', 'c:8080', NOW + 3 + MINUTE, MINUTE), true, 'released');
  });

  eachStore('of many instances racing for a free lease, exactly one wins', async ({ store }) => {
    const holders = Array.from({ length: 8 }, (_, i) => `host${i}:8080`);
    const won = await Promise.all(holders.map((h) => takeLease(store, 'sync', h, NOW, MINUTE)));
    assert.equal(won.filter(Boolean).length, 1);
  });
});
