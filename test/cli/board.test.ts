/** `vigil board`: the open clocks as JSON or a table, as of now or --at. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runBoardCommand } from '../../src/cli/board.js';
import { CA, DAY, H, T0, addBug, addCase, addIncident, addUser } from '../alerts/fixtures.js';
import { eachStore } from '../support/stores.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');

async function board(url: string, args: string[], now = T0) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => (out += b.toString()));
  stderr.on('data', (b: Buffer) => (err += b.toString()));
  const env = { DATABASE_URL: url, VIGIL_CA_OWNER: CA.owner, VIGIL_CA_DOMAINS: 'ca.example' };
  const code = await runBoardCommand(args, { stdout, stderr, env }, () => now);
  return { code, out, err };
}

describe('vigil board', () => {
  eachStore('prints every open clock as JSON, most urgent first', async ({ store, url }) => {
    const alice = await addUser(store, 'alice@ca.example');
    await addCase(store, { owner_id: alice });
    await addIncident(store, alice, { aware_at: T0 - 4 * DAY, owner_id: alice });
    await addBug(store, { id: 1885754, last_ca_comment_at: T0 - 6 * DAY });
    const r = await board(url, ['--format', 'json', '--at', '2026-11-23T12:00:00+02:00']);
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    assert.deepEqual(
      rows.map((row) => Object.keys(row).slice(0, 6)),
      Array(rows.length).fill(['subject', 'kind', 'rule', 'citation', 'dueAt', 'state']),
      'the promised fields come first, in order',
    );
    // --at is 10:00 UTC: the incident's 72 hours ran out yesterday; the bug's week ends tomorrow.
    assert.deepEqual(
      rows.map((row) => [row.subject, row.kind, row.dueAt, row.state, row.owner]),
      [
        ['incident 1', 'incident.first-report', '2026-11-22T10:00:00.000Z', 'overdue', 'alice@ca.example'],
        ['bug 1885754', 'bug.update', '2026-11-24T10:00:00.000Z', 'due-soon', null],
        ['case CPR-000001', 'cpr.preliminary-report', '2026-11-24T10:00:00.000Z', 'ok', 'alice@ca.example'],
        ['incident 1', 'incident.full-report', '2026-12-03T10:00:00.000Z', 'ok', 'alice@ca.example'],
      ],
    );
    assert.equal(rows[0]?.rule, 'CCADB IRG 3.2 "When are reports expected?"');
    assert.match(String(rows[0]?.citation), /72 hours/);

    const later = await board(url, ['--format', 'json', '--at', '2026-11-24'], T0);
    assert.deepEqual(
      (JSON.parse(later.out) as { state: string }[]).map((row) => row.state),
      ['overdue', 'due-soon', 'ok', 'ok'],
      'a bare date is 00:00 UTC',
    );
    const mine = await board(url, ['--format', 'json', '--owner', 'Alice@CA.example']);
    assert.equal((JSON.parse(mine.out) as unknown[]).length, 3, 'the bug has no owner');
    assert.equal((await board(url, ['--owner', 'nobody@ca.example'])).code, 1);
  });

  eachStore('prints a table without --format json', async ({ store, url }) => {
    await addCase(store);
    const r = await board(url, [], T0 + 30 * H);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.split('\n').slice(0, 2), [
      'STATE    DUE      AT (UTC)          SUBJECT          DEADLINE                                               RULE      OWNER',
      'OVERDUE  6 h ago  2026-11-24 10:00  case CPR-000001  Preliminary report to the reporter and the subscriber  BR 4.9.5  (no owner)',
    ]);
  });

  it('refuses a time without a zone, and says why', () => {
    const r = spawnSync(process.execPath, [MAIN, 'board', '--format', 'json', '--at', '2026-11-23T10:00'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'sqlite:/nonexistent/never-opened.db' },
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--at: '2026-11-23T10:00' has no time zone: add Z for UTC or an offset/);
    assert.equal(r.stdout, '');
  });

  it('refuses what is not a date', async () => {
    const r = await board('sqlite:/nonexistent/never-opened.db', ['--at', '2026-02-30']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--at: not a date/);
  });
});
