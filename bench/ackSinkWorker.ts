/**
 * The outbound SMTP sink on a thread of its own, so the moment an
 * acknowledgement arrives is noted when it arrives, not when the load
 * generator's thread gets round to it. Posts its port, then for every batch
 * of accepted messages their recipients and the wall-clock time of arrival.
 */
import { parentPort } from 'node:worker_threads';
import { startSmtpSink } from '../test/support/smtpSink.js';

const parent = parentPort;
if (!parent) throw new Error('ackSinkWorker.js runs as a worker thread');
const sink = await startSmtpSink();
parent.postMessage({ port: sink.port });
for (let seen = 0; ;) {
  await sink.waitFor(seen + 1, 60_000).catch(() => undefined);
  const at = performance.timeOrigin + performance.now();
  const batch = sink.messages.slice(seen);
  seen += batch.length;
  if (batch.length > 0) parent.postMessage({ at, to: batch.flatMap((m) => m.envelopeTo) });
}
