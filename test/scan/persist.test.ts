/** A batch moves each source from where it was; a second run of the same scan cannot move it again. */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { createScan, loadScan, SourceConflict, sourceStates, writeBatch } from '../../src/scan/persist.js';
import { eachStore } from '../support/stores.js';

const advance = (source: string, from: number, position: number, done = false) => ({
  records: [],
  objects: position - from,
  unreadable: position - from,
  sources: [{ source, from, position, done }],
});

describe('scan positions', () => {
  eachStore('advance only from where the source stands', async ({ store }) => {
    const id = await createScan(store.db, { inputs: ['/corpus'], at: null, now: 1 });
    await writeBatch(store.db, id, advance('/corpus/a.pem', 0, 2));
    await writeBatch(store.db, id, advance('/corpus/a.pem', 2, 5, true));
    await writeBatch(store.db, id, advance('/corpus/b.pem', 0, 0, true));
    // A second run that read the same objects again, or a source done already.
    await assert.rejects(writeBatch(store.db, id, advance('/corpus/a.pem', 0, 2)), SourceConflict);
    await assert.rejects(writeBatch(store.db, id, advance('/corpus/a.pem', 2, 4)), SourceConflict);
    await assert.rejects(writeBatch(store.db, id, advance('/corpus/b.pem', 0, 1)), SourceConflict);
    assert.deepEqual(
      await sourceStates(store.db, id, ['/corpus/a.pem', '/corpus/b.pem', '/corpus/c.pem']),
      new Map([
        ['/corpus/a.pem', { position: 5, done: true }],
        ['/corpus/b.pem', { position: 0, done: true }],
      ]),
    );
    const scan = await loadScan(store.db, id);
    assert.deepEqual([scan?.objects, scan?.unreadable], [5, 5], 'the refused batches counted nothing');
  });
});
