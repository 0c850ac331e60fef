/**
 * Scale-out on PostgreSQL: a scan queued as one job per source and worked by two processes at
 * once ends with every object stored exactly once; a job delivered again changes nothing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/store/database.js';
import { LintPool } from '../../src/scan/pool.js';
import { loadScan } from '../../src/scan/persist.js';
import { scanSources } from '../../src/scan/scan.js';
import { DEFECT_LINT, defectCorpus, writeCorpus } from '../support/corpus.js';
import { freshPostgresDatabase } from '../support/postgres.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');
const SPEC = { good: 150, badDnsName: 30, cnNotInSan: 20 };

async function vigil(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [MAIN, 'scan', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}

describe('vigil scan queue and work', () => {
  it('two workers share a queued scan; every source is scanned once', async () => {
    const database = await freshPostgresDatabase('scan_queue');
    const store = await openDatabase(database.url);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-queue-'));
      const bundles = writeCorpus(dir, defectCorpus(SPEC), { perBundle: 25 });
      const queued = await vigil(['queue', '--database', database.url, dir]);
      assert.equal(queued.code, 0, queued.err);
      assert.equal(queued.out, `scan 1: ${bundles.length} sources queued\n`);
      assert.equal((await loadScan(store.db, 1))?.state, 'running');

      const work = () =>
        vigil(['work', '--until-idle', '--workers', '1', '--batch', '10', '--database', database.url]);
      const results = await Promise.all([work(), work()]);
      for (const r of results) assert.equal(r.code, 0, r.err);
      const scanned = results.map((r) => Number(/^(\d+) sources scanned$/m.exec(r.out)?.[1]));
      assert.equal(scanned[0]! + scanned[1]!, bundles.length, results.map((r) => r.out).join());
      assert.match(results.map((r) => r.err).join(''), /scan 1: .* done; the scan is finished/);

      const scan = await loadScan(store.db, 1);
      assert.deepEqual([scan?.state, scan?.objects, scan?.unreadable], ['finished', 200, 0]);
      const findings = await store.db
        .selectFrom('findings')
        .select((eb) => ['lint', eb.fn.countAll<number>().as('n')])
        .groupBy('lint')
        .execute();
      const byLint = Object.fromEntries(findings.map((f) => [f.lint, Number(f.n)]));
      assert.equal(byLint[DEFECT_LINT.badDnsName], SPEC.badDnsName);
      assert.equal(byLint[DEFECT_LINT.cnNotInSan], SPEC.cnNotInSan);

      // A job delivered again (its lease ran out while it was finishing) finds its source done.
      const pool = new LintPool(1);
      try {
        await scanSources(store.db, pool, { id: 1, at: null }, [bundles[0] as string]);
      } finally {
        await pool.close();
      }
      assert.equal((await loadScan(store.db, 1))?.objects, 200);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
