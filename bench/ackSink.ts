/**
 * The intake benchmark's outbound SMTP sink, run in a worker thread: when each recipient's first
 * message arrived.
 */
import { Worker } from 'node:worker_threads';

export interface AckSink {
  readonly port: number;
  /** Wall-clock milliseconds (performance.timeOrigin + performance.now()) of each recipient's first message. */
  readonly arrivals: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

type Posted = { readonly port: number } | { readonly at: number; readonly to: readonly string[] };

export async function startAckSink(): Promise<AckSink> {
  const worker = new Worker(new URL('./ackSinkWorker.js', import.meta.url));
  const arrivals = new Map<string, number>();
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (posted: Posted) => {
      if ('port' in posted) return resolve(posted.port);
      for (const to of posted.to) if (!arrivals.has(to)) arrivals.set(to, posted.at);
    });
  });
  return {
    port,
    arrivals,
    close: async () => void (await worker.terminate()),
  };
}
