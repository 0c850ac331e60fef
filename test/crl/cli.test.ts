import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCrlCommand } from '../../src/cli/crl.js';
import { encodePem } from '../../src/der/pem.js';
import { openDatabase } from '../../src/store/database.js';
import { crlAt, issuerFor } from '../support/crls.js';
import { VIGIL_MAIN } from '../support/server.js';
import { type CrlServer, startCrlServer } from './crlServer.js';

const NOW = Date.parse('2026-07-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'vigil-crl-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The command in this process at NOW, with only the environment given. */
async function vigilCrl(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
  };
  const code = await runCrlCommand(args, io, () => NOW);
  return { code, out, err };
}

const issuer = file('issuer.pem', encodePem('CERTIFICATE', issuerFor()));
const good = file('good.crl', crlAt(NOW));
const wrongKey = file('wrong-key.crl', crlAt(NOW, { signer: 'rsa3072' }));

describe('vigil crl', () => {
  let server: CrlServer;
  before(async () => {
    server = await startCrlServer();
    server.set('/r1.pem', { body: encodePem('X509 CRL', crlAt(NOW)) });
  });
  after(() => server.close());

  it('exits 0 on a good CRL and says what it checked', async () => {
    const r = await vigilCrl([good, '--issuer', issuer]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /signature {3}valid \(sha256WithRSA\)/);
    assert.match(r.out, /ok: 0 errors, 0 warnings, 0 notices/);
  });

  it('exits 1 on a CRL signed by the wrong key, naming the rule', async () => {
    const r = await vigilCrl([wrongKey, '--issuer', issuer]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /error {2}crl_signature_invalid: .* \[RFC 5280 5\.1\.1\.3, 6\.3\.3\]/);
  });

  it('prints JSON', async () => {
    const r = await vigilCrl([wrongKey, '--issuer', issuer, '--format', 'json']);
    const [summary] = JSON.parse(r.out);
    assert.equal(summary.signature, 'invalid');
    assert.equal(summary.ok, false);
    assert.deepEqual(
      summary.problems.map((p: { code: string }) => p.code),
      ['crl_signature_invalid'],
    );
  });

  it('fetches a URL; a missing CRL is an error-level finding', async () => {
    assert.equal((await vigilCrl([server.url('/r1.pem'), '--issuer', issuer])).code, 0);
    const missing = await vigilCrl([server.url('/absent.crl'), '--issuer', issuer]);
    assert.equal(missing.code, 1);
    assert.match(missing.out, /crl_unavailable: the CRL could not be obtained: .*HTTP 404/);
  });

  it('exits 2 on usage errors, 1 on an unreadable issuer', async () => {
    assert.equal((await vigilCrl([])).code, 2);
    assert.equal((await vigilCrl([good])).code, 2); // no issuer and no database
    assert.equal((await vigilCrl([good, '--issuer', issuer, '--format', 'xml'])).code, 2);
    assert.equal((await vigilCrl([good, 'extra', '--issuer', issuer])).code, 2);
    assert.equal((await vigilCrl(['add', server.url('/r1.pem')])).code, 2);
    assert.equal((await vigilCrl(['watch', 'extra'])).code, 2);
    const unreadable = await vigilCrl([good, '--issuer', good]);
    assert.equal(unreadable.code, 1);
    assert.match(unreadable.err, /not a certificate/);
  });

  it('with a database: adds a source, records checks, watches every source', async () => {
    const database = `sqlite:${join(dir, 'vigil.db')}`;
    const url = server.url('/r1.pem');
    const added = await vigilCrl(['add', url, '--issuer', issuer, '--database', database]);
    assert.equal(added.code, 0, added.err);
    assert.equal(added.out, `CRL source 1: ${url}\n`);
    // The stored issuer verifies it; DATABASE_URL works as --database does.
    const checked = await vigilCrl([url], { DATABASE_URL: database });
    assert.equal(checked.code, 0, checked.err + checked.out);
    assert.match(checked.out, /tracked revocations: none/);
    // A source without an issuer needs --issuer.
    assert.equal((await vigilCrl([good, '--database', database])).code, 2);

    server.set('/r2.crl', { status: 404 });
    assert.equal(
      (await vigilCrl(['add', server.url('/r2.crl'), '--issuer', issuer, '--database', database])).code,
      0,
    );
    const watch = await vigilCrl(['watch', '--format', 'json'], {
      DATABASE_URL: database,
      VIGIL_ALERT_MANAGEMENT: 'ca-ops@example-ca.com',
    });
    assert.equal(watch.code, 1, watch.err);
    assert.deepEqual(
      JSON.parse(watch.out).map((s: { location: string; ok: boolean }) => [s.location, s.ok]),
      [
        [url, true],
        [server.url('/r2.crl'), false],
      ],
    );
    const store = await openDatabase(database);
    try {
      assert.equal((await store.db.selectFrom('crl_checks').select('id').execute()).length, 3);
      const alert = await store.db
        .selectFrom('outbox')
        .select(['recipients', 'subject'])
        .executeTakeFirstOrThrow();
      assert.deepEqual(alert, {
        recipients: 'ca-ops@example-ca.com',
        subject: `CRL check failed: crl_unavailable at ${server.url('/r2.crl')}`,
      });
    } finally {
      await store.close();
    }
  });

  it('is `vigil crl` of the installed command, with its exit codes', async () => {
    // The real clock here: the CRLs are dated around it.
    const now = Date.now();
    const run = (crl: Uint8Array) =>
      new Promise<number | null>((resolve) => {
        const { DATABASE_URL: _, ...env } = process.env;
        execFile(
          process.execPath,
          [VIGIL_MAIN, 'crl', file(`${now}.crl`, crl), '--issuer', issuer],
          { env },
          (error) => resolve(error ? (typeof error.code === 'number' ? error.code : null) : 0),
        );
      });
    assert.equal(await run(crlAt(now)), 0);
    assert.equal(await run(crlAt(now, { signer: 'rsa3072' })), 1);
  });
});
