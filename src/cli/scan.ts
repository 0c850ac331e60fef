/** `vigil scan`: lint a corpus into the database; `vigil scan report|appendix|scope|remediate` read it. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../store/database.js';
import { SourceConflict, unfinishedScanOf } from '../scan/persist.js';
import { formatProgress } from '../scan/progress.js';
import { runScan, ScanError, type ScanProgress, type ScanResult } from '../scan/scan.js';
import { inputBytes } from '../scan/sources.js';
import { parseAtOption } from './options.js';

const USAGE = `usage: vigil scan [options] PATH...
       vigil scan --resume ID [options]
       vigil scan report|appendix|scope|remediate ...   (vigil scan report --help)
       vigil scan queue|work ...   one scan on several machines (vigil scan work --help)

Lints every certificate and precertificate of a corpus and stores them with
their findings in the database: directories (searched recursively for .pem
.crt .cer .der), PEM bundles, DER files and Certificate Transparency
get-entries JSON files (RFC 6962 4.6; a precert entry's precertificate is
linted). Prints the scan's id and counts; a killed scan continues with --resume.
Running the same PATHs again starts a new scan instead: nothing is stored twice,
and each certificate keeps the findings of the latest scan that saw it. Between a
kill and --resume the files must not change (positions count objects per file).

options:
  --workers N       lint threads (default: the number of cores)
  --at DATE         evaluate every lint as of DATE (ISO 8601) instead of each
                    certificate's notBefore
  --database URL    sqlite:FILE or postgres://... (default: DATABASE_URL, else
                    sqlite:./vigil.db)
  --resume ID       continue scan ID over its own inputs and --at, skipping
                    every object it already stored
  --batch N         objects per batch sent to a thread (default 128)
  -h, --help

exit status: 0 the scan finished (findings and unreadable objects are counted,
not failures); 1 it could not run or stopped on an error; 2 usage error
`;

const REPORT_COMMANDS = new Set(['report', 'appendix', 'scope', 'remediate']);
const REDRAW_MS = 200;

interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ScanIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: NodeJS.ProcessEnv;
}

export async function runScanCommand(argv: string[], io: ScanIo, now = Date.now): Promise<number> {
  if (REPORT_COMMANDS.has(argv[0] as string))
    return (await import('./scanReport.js')).runScanReportCommand(argv, io, { env: io.env, now });
  // Loaded on demand: the job queue library is needed by scale-out only.
  if (argv[0] === 'queue' || argv[0] === 'work')
    return (await import('./scanQueue.js')).runScanQueueCommand(argv, io, now);
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
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
  const resume = values.resume === undefined ? undefined : positiveInteger(values.resume, 0);
  if (resume === null) return usage(io, `--resume: not a scan id: '${values.resume}'`);
  if (resume !== undefined && (positionals.length > 0 || values.at !== undefined))
    return usage(io, '--resume takes the inputs and --at of the scan it continues');
  if (resume === undefined && positionals.length === 0)
    return usage(io, 'no input: name files or directories');
  const when = parseAt(values.at);
  if ('error' in when) return usage(io, when.error);
  const { at } = when;

  let store: Awaited<ReturnType<typeof openDatabase>>;
  try {
    store = await openDatabase(values.database ?? loadConfig(io.env).databaseUrl);
  } catch (e) {
    io.stderr.write(`vigil scan: ${(e as Error).message}\n`);
    return 1;
  }
  const progress = io.stderr.isTTY ? progressBar(io.stderr, now) : undefined;
  try {
    const result = await runScan(store, {
      inputs: positionals,
      ...(resume !== undefined && { resume }),
      ...(at && { at }),
      workers,
      batchSize,
      now,
      onStart: async ({ id, resumed, inputs }) => {
        progress?.start(inputs);
        if (resumed) io.stderr.write(`vigil scan: continuing scan ${id}\n`);
        else {
          const earlier = await unfinishedScanOf(store.db, inputs, id);
          if (earlier !== null)
            io.stderr.write(
              `vigil scan: scan ${earlier} over the same inputs did not finish; --resume ${earlier} continues it\n`,
            );
        }
      },
      ...(progress && { onProgress: progress.update }),
    });
    progress?.clear();
    io.stdout.write(formatSummary(result));
    for (const u of result.unreadable)
      io.stderr.write(`vigil scan: unreadable: ${u.source} (object ${u.index + 1}): ${u.reason}\n`);
    const more = result.summary.unreadable - result.unreadable.length;
    if (more > 0 && result.unreadable.length > 0)
      io.stderr.write(`vigil scan: … and ${more} more unreadable\n`);
    return 0;
  } catch (e) {
    progress?.clear();
    io.stderr.write(
      `vigil scan: ${e instanceof ScanError || e instanceof SourceConflict ? e.message : ((e as Error).stack ?? String(e))}\n`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: 'string' },
      at: { type: 'string' },
      database: { type: 'string' },
      resume: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** --at (options.ts) as a scan records it, or the usage error that explains what is wrong with it. */
export function parseAt(value: string | undefined): { at?: Date } | { error: string } {
  if (value === undefined) return {};
  try {
    return { at: new Date(parseAtOption(value)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** --workers (default: one per core) and --batch, or the usage error they make. */
export function parseThreads(values: {
  workers?: string;
  batch?: string;
}): { workers: number; batchSize: number } | { error: string } {
  const workers = positiveInteger(values.workers, availableParallelism());
  const batchSize = positiveInteger(values.batch, 128);
  if (workers === null) return { error: `--workers: not a positive integer: '${values.workers}'` };
  if (batchSize === null) return { error: `--batch: not a positive integer: '${values.batch}'` };
  return { workers, batchSize };
}

/** The value as a positive integer, the fallback when absent, null when it is not one. */
function positiveInteger(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

function usage(io: ScanIo, message: string): number {
  io.stderr.write(`vigil scan: ${message}\n${USAGE}`);
  return 2;
}

const count = (n: number) => n.toLocaleString('en');

export function formatSummary({ summary: s }: ScanResult): string {
  const f = s.findings;
  return [
    `scan ${s.id}: ${s.state}`,
    `objects       ${count(s.objects)}`,
    `certificates  ${count(s.certificates)}`,
    `unreadable    ${count(s.unreadable)}`,
    `findings      fatal ${count(f.fatal)}, error ${count(f.error)}, warn ${count(f.warn)}, notice ${count(f.notice)}`,
    '',
  ].join('\n');
}

/** A progress line redrawn in place at most every REDRAW_MS. */
function progressBar(out: Output, now: () => number) {
  let totalBytes = 0;
  let started = now();
  let drawn = 0;
  return {
    start(inputs: readonly string[]) {
      totalBytes = inputBytes(inputs);
      started = now();
    },
    update(p: ScanProgress) {
      const t = now();
      if (t - drawn < REDRAW_MS) return;
      drawn = t;
      const rate = p.objectsThisRun / Math.max(0.001, (t - started) / 1000);
      out.write(`\r${formatProgress({ ...p, totalBytes, rate })}\x1b[K`);
    },
    clear() {
      if (drawn > 0) out.write('\r\x1b[K');
    },
  };
}
