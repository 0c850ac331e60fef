/**
 * Scan throughput and memory: a generated corpus (PEM bundles in four quarter folders) is scanned
 * into a fresh SQLite file on 1 and on 2 worker threads, and a quarter of it on 2, each scan in a
 * child process of its own so its peak RSS is its own. The single-thread linter (lintCertificate
 * in a loop over the same certificates, cold like a worker) is the yardstick for the throughput
 * per thread. Wall-clock rates depend on what else the machine runs, so the CPU time of each
 * thread is read from Linux's /proc as well: a worker thread's CPU per certificate against the
 * linter's is the per-thread efficiency on a machine with a core free for each thread.
 * Prints; asserts nothing.
 * Usage: npm run bench, or node dist/bench/scan.bench.js [COUNT] (100,000 by default: about 100 s
 * on this project's 2-core machines, three to four minutes while other work shares them; give a
 * smaller COUNT then).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePem } from '../src/der/pem.js';
import { lintCertificate } from '../src/linter/index.js';
import { openDatabase } from '../src/store/database.js';
import { runScan } from '../src/scan/scan.js';
import { defectCorpus, writeCorpus } from '../test/support/corpus.js';

interface ChildResult {
  objects: number;
  seconds: number;
  /** CPU seconds of the main thread and of each worker thread (the busiest other threads). */
  mainCpu: number;
  workerCpu: number[];
  /** Peak resident set of the child process, in MB. */
  peakRssMb: number;
}

const TICKS_PER_SECOND = 100;

/** CPU seconds of each thread of this process, by thread id (Linux; empty elsewhere). */
function threadCpu(): Map<number, number> {
  const times = new Map<number, number>();
  if (!existsSync('/proc/self/task')) return times;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      // Fields after the parenthesised name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      times.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
}

/** One scan, run as `scan.bench.js --child DIR WORKERS`: prints its result as JSON. */
async function child(dir: string, workers: number): Promise<void> {
  const dbDir = mkdtempSync(join(tmpdir(), 'vigil-scan-bench-db-'));
  const store = await openDatabase(`sqlite:${join(dbDir, 'vigil.db')}`);
  const before = threadCpu();
  const last = new Map<number, number>();
  // Worker threads are gone once the scan returns: their last sample stands for them.
  const sample = () => threadCpu().forEach((cpu, tid) => last.set(tid, cpu - (before.get(tid) ?? 0)));
  const sampler = setInterval(sample, 100);
  const started = performance.now();
  const { summary } = await runScan(store, { inputs: [dir], workers, now: Date.now });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  await store.close();
  rmSync(dbDir, { recursive: true, force: true });
  const others = [...last].filter(([tid]) => tid !== process.pid).map(([, cpu]) => cpu);
  const result: ChildResult = {
    objects: summary.objects,
    seconds,
    mainCpu: last.get(process.pid) ?? 0,
    workerCpu: others.sort((a, b) => b - a).slice(0, workers),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function scanInChild(dir: string, workers: number): ChildResult {
  const out = execFileSync(process.execPath, [import.meta.filename, '--child', dir, String(workers)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as ChildResult;
}

/** Every certificate of the corpus files, for the single-thread yardstick. */
function loadCorpus(dir: string): Uint8Array[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .flatMap((path) => decodePem(readFileSync(path, 'latin1')).blocks.map((b) => b.der));
}

/** Writes the corpus in four quarter folders of PEM bundles of 1,000. */
function generate(root: string, count: number): void {
  const certificates = defectCorpus({
    good: count - 2 * Math.floor(count / 10),
    badDnsName: Math.floor(count / 10),
    cnNotInSan: Math.floor(count / 10),
    extraSans: 40,
    // Spread over 600 days from 2025-07-01: before the 2027 validity limits.
    stepMs: Math.floor((600 * 86_400_000) / count),
  })[Symbol.iterator]();
  function* take(n: number) {
    for (let i = 0; i < n; i++) {
      const next = certificates.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for (let q = 1; q <= 4; q++)
    writeCorpus(join(root, `q${q}`), take(Math.ceil(count / 4)), { perBundle: 1000 });
}

const number = (n: number) => Math.round(n).toLocaleString('en');
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

async function main(count: number): Promise<void> {
  const began = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'vigil-scan-bench-'));
  generate(root, count);
  const generated = (performance.now() - began) / 1000;
  const corpus = loadCorpus(root);
  const bytes = corpus.reduce((n, c) => n + c.length, 0);
  console.log(
    `corpus: ${number(corpus.length)} certificates (2 to 42 SANs, DV/OV/EV, 20 % with a defect), ` +
      `${(bytes / 1e6).toFixed(0)} MB DER in ${Math.ceil(count / 1000)} PEM bundles, generated in ${generated.toFixed(1)} s`,
  );

  const cpu0 = threadCpu().get(process.pid) ?? 0;
  const t0 = performance.now();
  let failures = 0;
  for (const der of corpus) if (lintCertificate(der).fatal) failures++;
  const single = corpus.length / ((performance.now() - t0) / 1000);
  const singleCpu = ((threadCpu().get(process.pid) ?? 0) - cpu0) / corpus.length;
  corpus.length = 0;
  console.log(
    `${'single-thread linter (lintCertificate loop)'.padEnd(44)} ${number(single).padStart(7)} certificates/s; ` +
      `${number(singleCpu * 1e6)} µs CPU per certificate${failures ? `; ${failures} unparsed` : ''}`,
  );

  const runs = [
    { label: 'vigil scan, 1 worker thread', result: scanInChild(root, 1), workers: 1 },
    { label: 'vigil scan, 2 worker threads', result: scanInChild(root, 2), workers: 2 },
  ];
  for (const { label, result: r, workers } of runs) {
    const rate = r.objects / r.seconds;
    const workerCpu = r.workerCpu.reduce((a, b) => a + b, 0) / r.objects;
    console.log(
      `${label.padEnd(44)} ${number(rate).padStart(7)} certificates/s = ${percent(rate / workers / single)} of the linter per thread; ` +
        `CPU per certificate: worker threads ${number(workerCpu * 1e6)} µs (${percent(singleCpu / workerCpu)} efficiency), ` +
        `main thread ${number((r.mainCpu / r.objects) * 1e6)} µs`,
    );
  }
  const part = scanInChild(join(root, 'q1'), 2);
  const [one, two] = runs.map((r) => r.result) as [ChildResult, ChildResult];
  console.log(
    `peak RSS, 2 workers: ${part.peakRssMb.toFixed(0)} MB for ${number(part.objects)} certificates (1/4), ` +
      `${two.peakRssMb.toFixed(0)} MB for ${number(two.objects)} (all); 1 worker, all: ${one.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `target: >= 90 % of the single-thread linter per thread; ${availableParallelism()} cores; ` +
      `bench took ${((performance.now() - began) / 1000).toFixed(0)} s`,
  );
  rmSync(root, { recursive: true, force: true });
}

if (process.argv[2] === '--child') await child(process.argv[3] as string, Number(process.argv[4]));
else await main(Number(process.argv[2] ?? 100_000));
