/** `vigil scan` on the command line: options, the summary, the progress line, and its subcommands. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runScanCommand } from '../../src/cli/scan.js';
import { encodePem } from '../../src/der/pem.js';
import { openDatabase } from '../../src/store/database.js';
import { createScan } from '../../src/scan/persist.js';
import { defectCorpus } from '../support/corpus.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-cli-'));
const corpus = [...defectCorpus({ good: 3, cnNotInSan: 2 })];
writeFileSync(join(dir, 'bundle.pem'), corpus.map((c) => encodePem('CERTIFICATE', c.der)).join(''));
writeFileSync(join(dir, 'broken.der'), Uint8Array.of(0x30, 0x05, 0x02));

function vigil(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN, 'scan', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const database = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'vigil-scan-db-')), 'vigil.db')}`;

describe('vigil scan (command line)', () => {
  it('prints the summary and the unreadable objects, exit 0', () => {
    const r = vigil(['--workers', '1', dir], { DATABASE_URL: database() });
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      [
        'scan 1: finished',
        'objects       6',
        'certificates  5',
        'unreadable    1',
        'findings      fatal 0, error 2, warn 0, notice 5',
        '',
      ].join('\n'),
    );
    assert.match(r.err, /^vigil scan: unreadable: .*broken\.der \(object 1\): not a certificate: /m);
    assert.doesNotMatch(r.err, /\r/, 'no progress line when stderr is not a terminal');
  });

  it('refuses bad options with exit 2 and a missing input with exit 1', async () => {
    const run = async (args: string[]) => {
      const err: string[] = [];
      const code = await runScanCommand(args, {
        stdout: { write: () => true },
        stderr: { write: (s: string) => err.push(s) },
        env: {},
      });
      return { code, err: err.join('') };
    };
    for (const args of [
      [],
      ['--workers', '0', dir],
      ['--resume', 'x'],
      ['--resume', '1', dir],
      ['--bogus'],
    ]) {
      const r = await run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /usage: vigil scan/);
    }
    const missing = await run(['--database', database(), join(dir, 'nope')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope: ENOENT/);
    const noScan = await run(['--database', database(), '--resume', '7']);
    assert.equal(noScan.code, 1);
    assert.match(noScan.err, /no scan 7/);
  });

  it('points at --resume when an unfinished scan has the same inputs', async () => {
    const url = database();
    const store = await openDatabase(url);
    const earlier = await createScan(store.db, { inputs: [dir], at: null, now: 1 });
    await store.close();
    const r = vigil(['--workers', '1', '--database', url, dir]);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      new RegExp(`scan ${earlier} over the same inputs did not finish; --resume ${earlier}`),
    );
  });

  it('draws a progress line on a terminal and clears it', async () => {
    const written: string[] = [];
    const out: string[] = [];
    const code = await runScanCommand(['--workers', '1', '--batch', '1', '--database', database(), dir], {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => written.push(s), isTTY: true },
      env: {},
    });
    assert.equal(code, 0);
    // Each line is drawn over the last (CR) and what the last left beyond it is erased (ESC [K).
    const [drawn, ...rest] = written.join('').split('\x1b[K');
    assert.match(drawn as string, /^\r\[#+-*\] +\d+% {2}\d+ objects(, 1 unreadable)?, \d+\/s$/);
    assert.match(
      rest.at(-1) as string,
      /^vigil scan: unreadable: /,
      'the line is cleared before anything else',
    );
    assert.match(out.join(''), /^scan 1: finished/);
  });

  it('refuses a queued scan on SQLite', () => {
    const r = vigil(['queue', '--database', database(), dir]);
    assert.equal(r.code, 1);
    assert.match(r.err, /a queued scan needs a PostgreSQL database/);
    assert.equal(vigil(['work', dir]).code, 2);
  });

  it('hands report, appendix, scope and remediate to the report commands', () => {
    const r = vigil(['report', '--help']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^usage: vigil scan <report\|appendix\|scope\|remediate>/);
  });
});
