/** `vigil scan queue PATH...` and `vigil scan work`: one scan shared by several machines. */
import { parseArgs } from 'node:util';
import type PgBoss from 'pg-boss';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Store } from '../store/database.js';
import { queueScan, startQueue, workQueue } from '../scan/queue.js';
import { ScanError } from '../scan/scan.js';
import { parseAt, parseThreads, type ScanIo } from './scan.js';

const USAGE = `usage: vigil scan queue [--at DATE] [--database URL] PATH...
       vigil scan work [--workers N] [--batch N] [--until-idle] [--database URL]

A scan shared by several machines on one PostgreSQL database: queue puts one
job per source file on the database's job queue and prints the scan's id; work
(on any number of machines, each with the same paths readable) lints the
sources it takes, until stopped (SIGINT, SIGTERM) or, with --until-idle, until
no job is left. A job whose machine died is taken over after an hour and
continues where it stopped. The scan is finished when its last source is;
vigil scan report and the others read it as any scan.
`;

export async function runScanQueueCommand(argv: string[], io: ScanIo, now = Date.now): Promise<number> {
  const [command, ...rest] = argv;
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(rest));
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const threads = parseThreads(values);
  if ('error' in threads) return usage(io, threads.error);
  const { workers, batchSize } = threads;
  const when = parseAt(values.at);
  if ('error' in when) return usage(io, when.error);
  const { at } = when;
  if (command === 'queue' && positionals.length === 0)
    return usage(io, 'no input: name files or directories');
  if (command === 'work' && positionals.length > 0)
    return usage(io, 'work takes no paths: the jobs name them');
  const wrong = command === 'queue' ? ['workers', 'batch', 'until-idle'] : ['at'];
  const extra = wrong.filter((o) => values[o as keyof typeof values] !== undefined);
  if (extra.length > 0) return usage(io, `${command} takes no --${extra.join(', --')}`);

  const url = values.database ?? loadConfig(io.env).databaseUrl;
  let store: Store | undefined;
  let boss: PgBoss | undefined;
  try {
    store = await openDatabase(url);
    if (store.dialect !== 'postgres') throw new ScanError('a queued scan needs a PostgreSQL database');
    boss = await startQueue(url, (e) => io.stderr.write(`vigil scan: queue: ${e.message}\n`));
    if (command === 'queue') {
      const { id, sources } = await queueScan(store, boss, { inputs: positionals, at, now: now() });
      io.stdout.write(`scan ${id}: ${sources} sources queued\n`);
      return 0;
    }
    const stop = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const done = await workQueue(store, boss, {
      workers,
      batchSize,
      now,
      untilIdle: values['until-idle'] === true,
      stop,
      onJob: ({ scanId, source, finished }) =>
        io.stderr.write(
          `vigil scan: scan ${scanId}: ${source} done${finished ? '; the scan is finished' : ''}\n`,
        ),
    });
    io.stdout.write(`${done} sources scanned\n`);
    return 0;
  } catch (e) {
    io.stderr.write(
      `vigil scan: ${e instanceof ScanError ? e.message : ((e as Error).stack ?? String(e))}\n`,
    );
    return 1;
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store?.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: 'string' },
      batch: { type: 'string' },
      at: { type: 'string' },
      database: { type: 'string' },
      'until-idle': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: ScanIo, message: string): number {
  io.stderr.write(`vigil scan: ${message}\n${USAGE}`);
  return 2;
}
