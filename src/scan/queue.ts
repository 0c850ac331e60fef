/**
 * Scale-out: a scan's sources as jobs on a PostgreSQL queue (pg-boss), so that several machines,
 * each running `vigil scan work`, share one corpus. A job scans one source with the same
 * transactions and positions as a scan on one machine, so a job run again (its worker died, its
 * lease expired) continues from the source's position, and two runs of one source at once cannot
 * both advance it (persist.ts refuses the second). The inputs must be readable under the same
 * paths on every machine.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { addSources, createScan, finishIfComplete, loadScan } from './persist.js';
import { LintPool } from './pool.js';
import { type PipelineOptions, resolveInputs, ScanError, scanSources } from './scan.js';
import { expandInputs } from './sources.js';

export const SCAN_QUEUE = 'vigil-scan-source';
/** A job whose worker has not finished it after this long is given to another worker. */
const LEASE_SECONDS = 3600;
const RETRIES = 5;
/** Sources registered and queued per statement. */
const CHUNK = 500;
const IDLE_POLL_MS = 500;

interface SourceJob {
  readonly scanId: number;
  readonly source: string;
}

function requirePostgres(store: Store): void {
  if (store.dialect !== 'postgres') throw new ScanError('a queued scan needs a PostgreSQL database');
}

/** Connects the queue on the store's database (pg-boss keeps its tables in schema pgboss). */
export async function startQueue(url: string, onError: (error: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', onError);
  await boss.start();
  await boss.createQueue(SCAN_QUEUE, {
    name: SCAN_QUEUE,
    retryLimit: RETRIES,
    expireInSeconds: LEASE_SECONDS,
  });
  return boss;
}

/** pg-boss's statements run inside a Kysely transaction, so a scan and its jobs appear together. */
const inTransaction = (trx: Kysely<Database>): PgBoss.Db => ({
  executeSql: async (text, values) => ({
    rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows,
  }),
});

/** Creates a scan and one job per source, in one transaction. */
export async function queueScan(
  store: Store,
  boss: PgBoss,
  scan: { inputs: readonly string[]; at: Date | undefined; now: number },
): Promise<{ id: number; sources: number }> {
  requirePostgres(store);
  const inputs = resolveInputs(scan.inputs);
  return store.db.transaction().execute(async (trx) => {
    const id = await createScan(trx, { inputs, at: scan.at?.getTime() ?? null, now: scan.now });
    let count = 0;
    let part: string[] = [];
    const flush = async () => {
      await addSources(trx, id, part);
      const jobs = part.map((source) => ({
        name: SCAN_QUEUE,
        data: { scanId: id, source } satisfies SourceJob,
      }));
      if (jobs.length > 0) await boss.insert(jobs, { db: inTransaction(trx) });
      count += part.length;
      part = [];
    };
    for (const source of expandInputs(inputs)) {
      part.push(source);
      if (part.length === CHUNK) await flush();
    }
    await flush();
    await finishIfComplete(trx, id, scan.now);
    return { id, sources: count };
  });
}

export interface WorkOptions extends PipelineOptions {
  readonly workers: number;
  readonly now: () => number;
  /** Stop once the queue has no job left to hand out, instead of waiting for more. */
  readonly untilIdle?: boolean;
  /** Resolves when the worker should stop (a signal), with untilIdle or without. */
  readonly stop?: Promise<void>;
  readonly onJob?: (job: { scanId: number; source: string; finished: boolean }) => void;
}

/** Works scan jobs on this machine until stopped; returns how many sources it scanned. */
export async function workQueue(store: Store, boss: PgBoss, options: WorkOptions): Promise<number> {
  requirePostgres(store);
  const pool = new LintPool(options.workers);
  let active = 0;
  let done = 0;
  try {
    await boss.work<SourceJob>(SCAN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      active++;
      try {
        for (const { data } of jobs) {
          const scan = await loadScan(store.db, data.scanId);
          if (!scan) throw new ScanError(`no scan ${data.scanId}`);
          await scanSources(store.db, pool, { id: scan.id, at: scan.at }, [data.source], options);
          const finished = await finishIfComplete(store.db, scan.id, options.now());
          done++;
          options.onJob?.({ scanId: scan.id, source: data.source, finished });
        }
      } finally {
        active--;
      }
    });
    let stopped = false;
    void options.stop?.then(() => (stopped = true));
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
      if (options.untilIdle && active === 0 && (await boss.getQueueSize(SCAN_QUEUE)) === 0) break;
    }
  } finally {
    // Lets a job in progress finish: its source would otherwise wait out the lease.
    await boss.stop({ graceful: true, wait: true, timeout: LEASE_SECONDS * 1000 });
    await pool.close();
  }
  return done;
}
