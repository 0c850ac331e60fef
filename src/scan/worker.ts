/** A lint worker thread: receives packed batches of DER, answers with one record or problem each. */
import { parentPort } from 'node:worker_threads';
import type { BatchRequest, BatchResponse } from './pool.js';
import { lintToRecord } from './record.js';

parentPort?.on('message', ({ id, at, data, ends }: BatchRequest) => {
  const date = at === null ? undefined : new Date(at);
  let start = 0;
  const results = Array.from(ends, (end) => {
    const linted = lintToRecord(data.subarray(start, end), date);
    start = end;
    return linted;
  });
  parentPort?.postMessage({ id, results } satisfies BatchResponse);
});
