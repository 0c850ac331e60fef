/**
 * A scan SIGKILLed after some batches were committed, then continued with --resume, ends with
 * exactly the rows of an uninterrupted scan: every object counted once, no certificate, finding or
 * scan row twice, every source marked done at its full length.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CorpusCertificate,
  DEFECT_LINT,
  defectCorpus,
  EVERY_CERTIFICATE_LINT,
  writeCorpus,
} from '../support/corpus.js';
import { eachStore } from '../support/stores.js';
import { x509Entry } from './ctLog.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');
const SPEC = { good: 1000, badDnsName: 300, cnNotInSan: 200, extraSans: 10, stepMs: 6 * 3_600_000 };
const TOTAL = 1500;
/** Certificates that go into a CT get-entries file instead of PEM bundles. */
const IN_CT = 300;
const KILL_AT = 150;

const corpus = [...defectCorpus(SPEC)];
const dir = mkdtempSync(join(tmpdir(), 'vigil-resume-'));
const bundles = writeCorpus(join(dir, 'bundles'), corpus.slice(IN_CT), { perBundle: 40 });
writeFileSync(
  join(dir, 'ct.json'),
  JSON.stringify({
    entries: corpus.slice(0, IN_CT).map((c, i) => x509Entry(c.der, [], 1_780_000_000_000 + i)),
  }),
);
const inputs = [join(dir, 'ct.json'), join(dir, 'bundles')];

function vigilScan(args: string[]): ChildProcess {
  return spawn(process.execPath, [MAIN, 'scan', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function output(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (err += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}

describe('vigil scan --resume', () => {
  eachStore('a scan killed halfway and resumed stores every object exactly once', async ({ store, url }) => {
    // Small batches on one thread: many commits before the end, so the kill lands in the middle.
    const victim = vigilScan(['--workers', '1', '--batch', '10', '--database', url, ...inputs]);
    const exited = output(victim);
    let stored = 0;
    for (const deadline = Date.now() + 60_000; stored < KILL_AT && Date.now() < deadline; await sleep(5)) {
      const row = await store.db.selectFrom('scans').select('objects').executeTakeFirst();
      stored = row?.objects ?? 0;
    }
    victim.kill('SIGKILL');
    await exited;
    const killed = await store.db.selectFrom('scans').selectAll().executeTakeFirstOrThrow();
    assert.equal(killed.state, 'running');
    assert.ok(killed.objects >= KILL_AT && killed.objects < TOTAL, `killed after ${killed.objects} objects`);

    // Positions count objects, not batches: the rest may go in other batch sizes, on more threads.
    const resumed = await output(
      vigilScan(['--workers', '2', '--database', url, '--resume', String(killed.id)]),
    );
    assert.equal(resumed.code, 0, resumed.err);
    assert.match(resumed.err, new RegExp(`continuing scan ${killed.id}`));
    assert.match(
      resumed.out,
      new RegExp(`^scan ${killed.id}: finished\\nobjects +1,500\\ncertificates +1,500\\n`),
    );

    const scan = await store.db.selectFrom('scans').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([scan.state, scan.objects, scan.unreadable], ['finished', TOTAL, 0]);
    const count = async (table: 'certificates' | 'scan_certificates' | 'findings') =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await count('certificates'), TOTAL);
    assert.equal(await count('scan_certificates'), TOTAL);
    assert.equal(await count('findings'), TOTAL + SPEC.badDnsName + SPEC.cnNotInSan);

    const findings = await store.db
      .selectFrom('findings')
      .innerJoin('certificates', 'certificates.id', 'findings.certificate_id')
      .select(['findings.lint', 'certificates.sha256'])
      .execute();
    const sha256 = (c: CorpusCertificate) => createHash('sha256').update(c.der).digest('hex');
    const withLint = (lint: string) =>
      findings
        .filter((f) => f.lint === lint)
        .map((f) => f.sha256)
        .sort();
    assert.deepEqual(withLint(EVERY_CERTIFICATE_LINT), corpus.map(sha256).sort());
    for (const [defect, lint] of Object.entries(DEFECT_LINT))
      assert.deepEqual(
        withLint(lint),
        corpus
          .filter((c) => c.defect === defect)
          .map(sha256)
          .sort(),
      );

    const sources = await store.db.selectFrom('scan_sources').selectAll().execute();
    const bySource = (a: unknown[], b: unknown[]) => (String(a[0]) < String(b[0]) ? -1 : 1);
    assert.deepEqual(
      sources.map((s) => [s.source, s.position, s.done]).sort(bySource),
      [...bundles.map((b) => [b, 40, 1]), [join(dir, 'ct.json'), IN_CT, 1]].sort(bySource),
    );
  });
});
