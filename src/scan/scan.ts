/**
 * A corpus scan: sources are read one object at a time, objects go to the lint workers in batches,
 * and results come back to this thread, which writes them in the order they were read, several
 * finished batches to a transaction. At most `maxQueued` batches are between reading and writing,
 * so memory does not grow with the corpus: reading waits for writing.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import {
  type BatchWrite,
  createScan,
  loadScan,
  type ScanSummary,
  scanSummary,
  setScanState,
  type SourceAdvance,
  SourceConflict,
  type SourceState,
  sourceStates,
  writeBatch,
} from './persist.js';
import { LintPool } from './pool.js';
import type { CertificateRecord, Linted } from './record.js';
import { expandInputs, readSource, type SourceItem } from './sources.js';

export interface ScanOptions {
  /** Files and directories of a new scan; ignored when resuming. */
  readonly inputs?: readonly string[];
  /** Continue this scan: its inputs and --at, skipping what it already stored. */
  readonly resume?: number;
  readonly workers: number;
  readonly at?: Date;
  /** Objects per batch sent to a worker. */
  readonly batchSize?: number;
  readonly now: () => number;
  readonly onStart?: (scan: {
    id: number;
    resumed: boolean;
    inputs: readonly string[];
  }) => void | Promise<void>;
  readonly onProgress?: (progress: ScanProgress) => void;
}

export interface ScanProgress {
  /** Objects stored by this scan, including those of earlier runs of it. */
  readonly objects: number;
  /** Objects stored by this run. */
  readonly objectsThisRun: number;
  readonly unreadable: number;
  /** Bytes read so far (sources finished by an earlier run count as read). */
  readonly bytes: number;
}

export interface UnreadableObject {
  readonly source: string;
  /** Position of the object in its source, from 0. */
  readonly index: number;
  readonly reason: string;
}

export interface ScanResult {
  readonly summary: ScanSummary;
  /** The first unreadable objects this run met, for the user to look at. */
  readonly unreadable: readonly UnreadableObject[];
}

export class ScanError extends Error {}

const SHOWN_UNREADABLE = 20;
/**
 * Batches per transaction: at least COMMIT_BATCHES unless reading has ended or waits for the
 * writer (a commit costs as much as writing hundreds of rows), at most four times as many.
 */
const COMMIT_BATCHES = 8;
/** Sources whose state a resumed scan looks up at once. */
const LOOKUP = 256;

type Item = SourceItem & { readonly source: string; readonly index: number };

interface Batch {
  readonly items: Item[];
  /** Each source this batch advances: from where, to where, and whether it ends. */
  readonly sources: Map<string, SourceAdvance>;
  result?: Promise<Linted[]>;
  linted?: Linted[];
}

const newBatch = (): Batch => ({ items: [], sources: new Map() });

/** Resolves when `notify` is next called. */
class Signal {
  private waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export async function runScan(store: Store, options: ScanOptions): Promise<ScanResult> {
  const { db } = store;
  const { id, inputs, at, resumed, finished } = await openScan(db, options);
  await options.onStart?.({ id, resumed, inputs });
  if (finished) return { summary: (await scanSummary(db, id)) as ScanSummary, unreadable: [] };
  const pool = new LintPool(options.workers);
  const restore = await relaxDurability(store);
  try {
    const scan = { id, at: at?.getTime() ?? null };
    const unreadable = await new Pipeline(db, scan, pool, options).run(inputs, resumed);
    await setScanState(db, id, 'finished', options.now());
    return { summary: (await scanSummary(db, id)) as ScanSummary, unreadable };
  } catch (error) {
    // A conflict means another run of this scan is at work: the scan is not failed, that run goes on.
    if (!(error instanceof SourceConflict))
      await setScanState(db, id, 'failed', options.now()).catch(() => undefined);
    throw error;
  } finally {
    await restore();
    await pool.close();
  }
}

/**
 * On SQLite, commits of a scan need not wait for the disk (synchronous=NORMAL: WAL keeps the file
 * consistent; a power cut may lose the last commits, which --resume then repeats from the
 * position stored with them), and a larger page cache keeps the fingerprint index in memory.
 * The connection's settings are put back afterwards: other work on it may need FULL.
 */
async function relaxDurability(store: Store): Promise<() => Promise<void>> {
  if (store.dialect !== 'sqlite') return async () => undefined;
  const read = async (pragma: string) =>
    Object.values((await sql.raw(`PRAGMA ${pragma}`).execute(store.db)).rows[0] as object)[0] as number;
  const synchronous = await read('synchronous');
  const cacheSize = await read('cache_size');
  await sql.raw('PRAGMA synchronous = NORMAL').execute(store.db);
  await sql.raw('PRAGMA cache_size = -65536').execute(store.db);
  return async () => {
    await sql.raw(`PRAGMA synchronous = ${Number(synchronous)}`).execute(store.db);
    await sql.raw(`PRAGMA cache_size = ${Number(cacheSize)}`).execute(store.db);
  };
}

async function openScan(db: Kysely<Database>, options: ScanOptions) {
  if (options.resume !== undefined) {
    const scan = await loadScan(db, options.resume);
    if (!scan) throw new ScanError(`no scan ${options.resume}`);
    const inputs = JSON.parse(scan.inputs) as string[];
    checkInputs(inputs);
    const at = scan.at === null ? undefined : new Date(scan.at);
    const finished = scan.state === 'finished';
    if (!finished) await setScanState(db, scan.id, 'running', options.now());
    return { id: scan.id, inputs, at, resumed: true, finished };
  }
  const inputs = resolveInputs(options.inputs ?? []);
  const id = await createScan(db, { inputs, at: options.at?.getTime() ?? null, now: options.now() });
  return { id, inputs, at: options.at, resumed: false, finished: false };
}

/** The inputs of a new scan as absolute paths, each of which must exist. */
export function resolveInputs(given: readonly string[]): string[] {
  const inputs = given.map((i) => resolve(i));
  if (inputs.length === 0) throw new ScanError('nothing to scan');
  checkInputs(inputs);
  return inputs;
}

function checkInputs(inputs: readonly string[]): void {
  for (const input of inputs) {
    try {
      statSync(input);
    } catch (e) {
      throw new ScanError(`${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
}

/** Where and how a pipeline stores: the scan, and what a caller may tune. */
export interface PipelineOptions {
  readonly batchSize?: number;
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * Scans these inputs into an existing scan with the caller's workers, each source from where the
 * scan left it (for one source of a queued scan, see queue.ts).
 */
export function scanSources(
  db: Kysely<Database>,
  pool: LintPool,
  scan: { readonly id: number; readonly at: number | null },
  inputs: readonly string[],
  options: PipelineOptions = {},
): Promise<UnreadableObject[]> {
  return new Pipeline(db, scan, pool, options).run(inputs, true);
}

class Pipeline {
  private readonly queue: Batch[] = [];
  private readonly changed = new Signal();
  private current = newBatch();
  private reading = true;
  private failure: unknown = null;
  private readonly unreadable: UnreadableObject[] = [];
  private progress = { objects: 0, objectsThisRun: 0, unreadable: 0, bytes: 0 };
  private readonly batchSize: number;
  private readonly maxQueued: number;
  /** Objects a transaction waits for. */
  private readonly minCommit: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly scan: { readonly id: number; readonly at: number | null },
    private readonly pool: LintPool,
    private readonly options: PipelineOptions,
  ) {
    this.batchSize = Math.max(1, options.batchSize ?? 128);
    this.minCommit = this.batchSize * COMMIT_BATCHES;
    // Two transactions' worth and four batches per worker: while one transaction is read into
    // batches and another written, this thread is busy, and every worker must still have work.
    this.maxQueued = pool.size * 4 + 2 * COMMIT_BATCHES;
  }

  async run(inputs: readonly string[], resumed: boolean): Promise<UnreadableObject[]> {
    const before = await loadScan(this.db, this.scan.id);
    this.progress = {
      objects: before?.objects ?? 0,
      objectsThisRun: 0,
      unreadable: before?.unreadable ?? 0,
      bytes: 0,
    };
    const writing = this.write().catch((error: unknown) => {
      this.failure = error;
      this.changed.notify();
    });
    try {
      await this.read(inputs, resumed);
      await this.dispatch();
    } finally {
      this.reading = false;
      this.changed.notify();
      await writing;
    }
    if (this.failure) throw this.failure;
    return this.unreadable;
  }

  private async read(inputs: readonly string[], resumed: boolean): Promise<void> {
    const onBytes = (n: number) => (this.progress.bytes += n);
    let group: string[] = [];
    const readGroup = async () => {
      const states = resumed
        ? await sourceStates(this.db, this.scan.id, group)
        : new Map<string, SourceState>();
      for (const source of group) await this.readOne(source, states.get(source), onBytes);
      group = [];
    };
    for (const source of expandInputs(inputs)) {
      group.push(source);
      if (group.length === LOOKUP) await readGroup();
    }
    await readGroup();
  }

  private async readOne(source: string, state: SourceState | undefined, onBytes: (n: number) => void) {
    if (state?.done) {
      onBytes(statSync(source, { throwIfNoEntry: false })?.size ?? 0);
      return;
    }
    const skip = state?.position ?? 0;
    let index = 0;
    for await (const item of readSource(source, onBytes)) {
      if (index++ < skip) continue;
      this.current.items.push({ ...item, source, index: index - 1 });
      this.advance(source, index, false);
      if (this.current.items.length >= this.batchSize) await this.dispatch();
    }
    this.advance(source, index, true);
  }

  private advance(source: string, position: number, done: boolean): void {
    const from = this.current.sources.get(source)?.from ?? (done ? position : position - 1);
    this.current.sources.set(source, { source, from, position, done });
  }

  /** Sends the current batch to the workers, then waits while too many batches are unwritten. */
  private async dispatch(): Promise<void> {
    const batch = this.current;
    this.current = newBatch();
    if (batch.sources.size > 0) {
      const ders = batch.items.flatMap((i) => ('der' in i ? [i.der] : []));
      batch.result = ders.length > 0 ? this.pool.lint(ders, this.scan.at) : Promise.resolve([]);
      batch.result.then(
        (linted) => {
          batch.linted = linted;
          this.changed.notify();
        },
        () => this.changed.notify(),
      );
      this.queue.push(batch);
      this.changed.notify();
    }
    while (this.queue.length >= this.maxQueued && !this.failure) await this.changed.wait();
    if (this.failure) throw this.failure;
  }

  /** Writes batches in reading order, each with the finished batches right behind it. */
  private async write(): Promise<void> {
    for (;;) {
      const head = this.queue[0];
      if (!head) {
        if (!this.reading) return;
        await this.changed.wait();
        continue;
      }
      await head.result;
      let ready = 0;
      for (let i = 0; this.queue[i]?.linted; i++) ready += (this.queue[i] as Batch).items.length;
      if (ready < this.minCommit && this.reading && this.queue.length < this.maxQueued) {
        await this.changed.wait();
        continue;
      }
      const group: Batch[] = [];
      for (let objects = 0; objects < this.minCommit * 4 && this.queue[0]?.linted;) {
        const batch = this.queue.shift() as Batch;
        group.push(batch);
        objects += batch.items.length;
      }
      const write = this.merge(group);
      await writeBatch(this.db, this.scan.id, write);
      this.progress.objects += write.objects;
      this.progress.objectsThisRun += write.objects;
      this.progress.unreadable += write.unreadable;
      this.options.onProgress?.({ ...this.progress });
      this.changed.notify();
    }
  }

  private merge(group: readonly Batch[]): BatchWrite {
    const records: { record: CertificateRecord; der: Uint8Array }[] = [];
    const sources = new Map<string, SourceAdvance>();
    let objects = 0;
    let unreadable = 0;
    for (const batch of group) {
      const linted = (batch.linted as Linted[])[Symbol.iterator]();
      for (const item of batch.items) {
        objects++;
        const result = 'der' in item ? (linted.next().value as Linted) : (item as { problem: string });
        if ('record' in result)
          records.push({ record: result.record, der: (item as { der: Uint8Array }).der });
        else {
          unreadable++;
          if (this.unreadable.length < SHOWN_UNREADABLE)
            this.unreadable.push({ source: item.source, index: item.index, reason: result.problem });
        }
      }
      for (const [source, a] of batch.sources)
        sources.set(source, { ...a, from: sources.get(source)?.from ?? a.from });
    }
    return {
      records,
      objects,
      unreadable,
      sources: [...sources.values()],
    };
  }
}
