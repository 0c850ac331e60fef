import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe } from 'node:test';
import { runScanReportCommand } from '../../src/cli/scanReport.js';
import { eachStore } from '../support/stores.js';
import {
  CN_LINT,
  ISSUER,
  UNDERSCORE_LINT,
  at,
  certificate,
  insertCertificate,
  seedCorpus,
} from '../scan/fixtures.js';

const NOW = at('2026-07-10T00:00:00Z');

/** Runs `vigil scan …` in this process against the test database. */
function cli(url: string) {
  return async (args: string[], input?: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScanReportCommand(
      args,
      {
        stdout: { write: (c: string) => out.push(c) },
        stderr: { write: (c: string) => err.push(c) },
        ...(input === undefined ? {} : { stdin: Readable.from([input]) }),
      },
      { env: { DATABASE_URL: url }, now: () => NOW },
    );
    return { code, out: out.join(''), err: err.join('') };
  };
}

describe('vigil scan report, appendix, scope, remediate', () => {
  eachStore('reports per lint and prints the appendix', async ({ store, url }) => {
    const { h } = await seedCorpus(store.db);
    const vigil = cli(url);

    const json = await vigil(['report', '--format', 'json', '--lint', CN_LINT]);
    assert.equal(json.code, 0, json.err);
    assert.deepEqual(JSON.parse(json.out), [
      {
        lint: CN_LINT,
        count: 4,
        firstNotBefore: '2026-06-01T00:00:00Z',
        lastNotBefore: '2026-07-01T00:00:00Z',
      },
    ]);
    // A bare --to date takes in its whole day: b (2026-06-05T12:00) is in.
    const day = await vigil([
      'report',
      '--lint',
      `${CN_LINT},${UNDERSCORE_LINT}`,
      '--from',
      '2026-06-02',
      '--to',
      '2026-06-05',
    ]);
    assert.equal(
      day.out,
      'lint                                        count  first notBefore       last notBefore\n' +
        `${CN_LINT}      1  2026-06-05T12:00:00Z  2026-06-05T12:00:00Z\n` +
        `${UNDERSCORE_LINT}         1  2026-06-04T00:00:00Z  2026-06-04T00:00:00Z\n`,
    );
    const list = await vigil(['report', '--lint', CN_LINT, '--list', '--format', 'json', '--issuer', ISSUER]);
    assert.deepEqual(
      JSON.parse(list.out).map((c: { serial: string }) => c.serial),
      [
        '5a015a015a015a015a015a015a015a01',
        '5a025a025a025a025a025a025a025a02',
        '5a035a035a035a035a035a035a035a03',
      ],
    );

    const appendix = await vigil(['appendix', '--lint', UNDERSCORE_LINT]);
    assert.equal(appendix.code, 0);
    assert.equal(
      appendix.out,
      'Precertificate SHA-256,Certificate SHA-256,Subject,Issuer,notBefore,notAfter,Serial Number,dNSNames,' +
        'Is Revoked,Revocation Date,Revocation Reason,Validation Type,Revocation Deadline,Findings\r\n' +
        `,${h.sha256},CN=a_b.example.com,"${ISSUER}",2026-06-04T00:00:00Z,2026-09-01T23:59:59Z,` +
        '5a085a085a085a085a085a085a085a08,a_b.example.com,No,N/A,N/A,DV,N/A,' +
        `"${UNDERSCORE_LINT}: ""a_b.example.com"" contains an underscore"\r\n`,
    );
    assert.match(appendix.err, /1 certificates have no remediation tracked/);
    const crtsh = await vigil(['appendix', '--lint', CN_LINT, '--format', 'crtsh']);
    assert.deepEqual([crtsh.code, crtsh.out], [1, '']);
    assert.match(crtsh.err, /4 certificates: below 10,000 the IRG asks for the CSV/);

    for (const args of [
      ['appendix'],
      ['frobnicate'],
      ['report', '--by', 'ada@ca.example'],
      ['report', '--from', '2026-13-01'],
      ['report', '--from', '2026-02-30'],
      ['report', '--to', '2026-07-01T10:00'],
      ['appendix', '--scope', '1', '--lint', CN_LINT],
      ['report', '--severity', 'fatalistic'],
      ['report', 'extra'],
      ['scope', 'approve', '--by', 'bob@ca.example'],
    ]) {
      const r = await vigil(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /^vigil scan: .*\nusage: vigil scan/, args.join(' '));
    }
  });

  eachStore('saves, approves and re-runs a scope, then tracks its remediation', async ({ store, url }) => {
    const { a, bPre, c } = await seedCorpus(store.db);
    const vigil = cli(url);
    const saved = await vigil([
      'scope',
      'save',
      '--name',
      'CN not in SAN',
      '--incident',
      '1990001',
      '--lint',
      CN_LINT,
      '--issuer',
      ISSUER,
      '--by',
      'ada@ca.example',
    ]);
    assert.equal(
      saved.out,
      'saved scope 1: a second person approves it with vigil scan scope approve 1 --by EMAIL\n',
    );
    const self = await vigil(['scope', 'approve', '1', '--by', 'ada@ca.example']);
    assert.deepEqual(
      [self.code, self.err],
      [1, 'vigil scan: ada@ca.example saved scope 1: a second person must approve it\n'],
    );
    assert.equal(
      (await vigil(['scope', 'approve', '1', '--by', 'bob@ca.example'])).out,
      'scope 1 approved by bob@ca.example\n',
    );

    const first = await vigil(['scope', 'run', '1', '--by', 'bob@ca.example']);
    assert.match(first.out, /^scope 1 "CN not in SAN": 3 certificates, digest [0-9a-f]{64}\nfirst run\n$/);
    const same = await vigil(['scope', 'run', '1', '--by', 'bob@ca.example']);
    assert.match(
      same.out,
      /\nnothing new appeared: the set is the same as at the last run \(2026-07-10T00:00:00Z\)\n$/,
    );
    const later = await insertCertificate(
      store.db,
      certificate({ n: 9, notBefore: '2026-07-05T00:00:00Z', cnMismatch: true }),
    );
    const text = await vigil(['scope', 'run', '1', '--by', 'bob@ca.example']);
    assert.match(
      text.out,
      new RegExp(
        '\nthe set changed since the last run \\(2026-07-10T00:00:00Z\\)\nappeared \\(1\\):\n' +
          `  ${later.sha256}  certificate  ${later.serial}  ${ISSUER}\n$`,
      ),
    );
    const again = await vigil(['scope', 'run', '1', '--by', 'bob@ca.example', '--format', 'json']);
    const run = JSON.parse(again.out);
    assert.deepEqual(
      [run.scope, run.approved, run.changed, run.count, run.appeared, run.disappeared],
      [1, true, false, 4, [], []],
    );
    const listed = await vigil(['scope', 'list']);
    assert.equal(
      listed.out,
      'id  name           incident  created by      approved by     last run              count\n' +
        ' 1  CN not in SAN  1990001   ada@ca.example  bob@ca.example  2026-07-10T00:00:00Z  4\n',
    );

    const remediate = [
      'scope',
      'remediate',
      '1',
      '--reason',
      '12',
      '--aware',
      '2026-07-01T09:30:00Z',
      '--by',
      'ada@ca.example',
    ];
    assert.equal((await vigil(remediate)).out, 'scope 1: 4 remediations created, 0 already tracked\n');
    const one = await vigil([
      'remediate',
      'record',
      '--sha256',
      a.sha256,
      '--revoked-at',
      '2026-07-02T00:00:00Z',
      '--code',
      'superseded',
      '--by',
      'ops@ca.example',
    ]);
    assert.equal(one.out, `${a.sha256}: scope 1: revoked 2026-07-02T00:00:00Z, superseded\n`);
    const csv =
      'sha256,code,revoked_at\r\n' +
      `${bPre.sha256},keyCompromise,2026-07-06T09:30:00Z\r\n` +
      `${later.sha256},hold,2026-07-03T00:00:00Z\r\n` +
      `${c.sha256},superseded,2026-07-03 00:00\r\n`;
    const batch = await vigil(['remediate', 'record', '--csv', '-', '--by', 'ops@ca.example'], csv);
    assert.equal(batch.code, 1);
    assert.equal(
      batch.out,
      `${bPre.sha256}: scope 1: revoked 2026-07-06T09:30:00Z, keyCompromise; ` +
        'late: the deadline was 2026-07-06T09:30:00Z; wrong reason: reason 12 requires superseded\n',
    );
    assert.equal(
      batch.err,
      `vigil scan: ${later.sha256}: not a CRL reason code: 'hold'\n` +
        `vigil scan: ${c.sha256}: revoked at: not a date (YYYY-MM-DD, or ISO 8601 with Z): '2026-07-03 00:00'\n`,
    );
    await vigil(['remediate', 'plan', '--scope', '1', '--at', '2026-07-12', '--by', 'ada@ca.example']);

    const status = await vigil(['remediate', 'status', '--scope', '1', '--format', 'json']);
    const counts = JSON.parse(status.out);
    assert.deepEqual(
      [counts.revoked, counts.notYetRevoked, counts.expired, counts.estimate, counts.revocationDelayIncident],
      [2, 1, 1, '2026-07-12T00:00:00Z', true],
    );
    const appendix = await vigil(['appendix', '--scope', '1']);
    assert.equal(appendix.err, '');
    assert.deepEqual(
      appendix.out
        .trimEnd()
        .split('\r\n')
        .map((line) => line.match(/,(Yes|No|Planned|Delayed|N\/A),([^,]*),([^,]*),DV,/)?.slice(1)),
      [
        undefined,
        ['Yes', '2026-07-02T00:00:00Z', 'superseded'],
        ['Yes', '2026-07-06T09:30:00Z', 'keyCompromise'],
        ['N/A', 'N/A', 'N/A'],
        ['Delayed', '2026-07-12T00:00:00Z', 'superseded'],
      ],
    );
  });
});
