import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runLintCommand } from '../../src/cli/lint.js';
import { parseCertificate } from '../../src/x509/certificate.js';
import { createApiToken, revokeApiToken } from '../../src/users/tokens.js';
import { ext, leaf } from '../support/certs.js';
import { OID } from '../../src/x509/oids.js';
import { type Desk, insertCase, openDesk, T0 } from './desk.js';

const pem = (der: Uint8Array, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;

/** What `vigil lint --format json` prints for the same bytes: the API must answer exactly that. */
async function cliJson(bytes: Uint8Array, args: string[] = []): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-api-'));
  try {
    const file = join(dir, 'input');
    writeFileSync(file, bytes);
    let out = '';
    await runLintCommand(
      ['--format', 'json', ...args, file],
      { write: (s: string) => (out += s) },
      { write: () => true },
    );
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the API', () => {
  let desk: Desk;
  let token: string;
  // A leaf with a defect, so the findings are not all passes.
  const der = leaf({
    ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com', 'bad_name.example.com']) },
  });
  before(async () => {
    desk = await openDesk();
    const admin = await desk.user('admin');
    const created = await createApiToken(
      desk.store.db,
      { name: 'pipeline', userId: admin.id },
      { actor: { type: 'system', id: null, label: 't' }, at: T0 },
    );
    if (!created.ok) assert.fail(created.error);
    token = created.value.token;
  });
  after(() => desk.close());

  const lint = (payload: string | Buffer, contentType: string, url = '/api/lint', bearer = token) =>
    desk.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': contentType, authorization: `Bearer ${bearer}` },
      payload,
    });

  it('lints a DER certificate and answers what vigil lint --format json prints', async () => {
    const r = await lint(Buffer.from(der), 'application/pkix-cert');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as Record<string, { result: string }>;
    assert.deepEqual(body, await cliJson(der));
    assert.deepEqual(body.e_underscore_not_permissible_in_dnsname, {
      result: 'error',
      details: '"bad_name.example.com" contains an underscore',
    });
  });

  it('lints PEM text, whatever content type curl gave it', async () => {
    const expected = await cliJson(der);
    for (const type of ['text/plain', 'application/x-pem-file', 'application/x-www-form-urlencoded']) {
      const r = await lint(pem(der), type);
      assert.equal(r.statusCode, 200, type);
      assert.deepEqual(r.json(), expected, type);
    }
  });

  it('lints a tbsCertificate before signing, as the CLI does with --tbs', async () => {
    const parsed = parseCertificate(der);
    assert.ok(parsed.ok);
    const tbs = parsed.value.tbsDer;
    const r = await lint(Buffer.from(tbs), 'application/octet-stream', '/api/lint?type=tbs');
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), await cliJson(tbs, ['--tbs']));
    const asCertificate = await lint(Buffer.from(tbs), 'application/octet-stream');
    assert.equal(asCertificate.statusCode, 400);
  });

  it('answers garbage with 400 and a reason', async () => {
    const cases: [string | Buffer, string, RegExp][] = [
      [
        Buffer.from('not a certificate at all'),
        'application/pkix-cert',
        /not a DER certificate: .* \(byte \d+\)/,
      ],
      [Buffer.alloc(0), 'application/pkix-cert', /send the certificate/],
      ['-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n', 'text/plain', /PEM/],
      [pem(der) + pem(der), 'text/plain', /one certificate per request/],
      [Buffer.from(der), 'application/pkix-cert', /type must be/],
    ];
    for (const [payload, type, message] of cases) {
      const url = message.source.includes('type must') ? '/api/lint?type=crl' : '/api/lint';
      const r = await lint(payload, type, url);
      assert.equal(r.statusCode, 400, message.source);
      assert.match((r.json() as { error: string }).error, message);
    }
  });

  it('refuses bodies over the size limit', async () => {
    const r = await lint(Buffer.alloc(300 * 1024, 0x30), 'application/pkix-cert');
    assert.equal(r.statusCode, 413);
  });

  it('needs a valid, unrevoked token, and records its use', async () => {
    assert.equal(
      (await lint(Buffer.from(der), 'application/pkix-cert', '/api/lint', 'vigil_wrong')).statusCode,
      401,
    );
    const none = await desk.app.inject({
      method: 'POST',
      url: '/api/lint',
      headers: { 'content-type': 'application/pkix-cert' },
      payload: Buffer.from(der),
    });
    assert.equal(none.statusCode, 401);
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    const row = await desk.store.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('name', '=', 'pipeline')
      .executeTakeFirstOrThrow();
    assert.equal(row.last_used_at, T0);

    const admin = await desk.store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const spare = await createApiToken(
      desk.store.db,
      { name: 'spare', userId: admin.id },
      { actor: { type: 'system', id: null, label: 't' }, at: T0 },
    );
    if (!spare.ok) assert.fail(spare.error);
    assert.equal(
      (await lint(Buffer.from(der), 'application/pkix-cert', '/api/lint', spare.value.token)).statusCode,
      200,
    );
    await revokeApiToken(desk.store.db, spare.value.id, {
      actor: { type: 'system', id: null, label: 't' },
      at: T0,
    });
    assert.equal(
      (await lint(Buffer.from(der), 'application/pkix-cert', '/api/lint', spare.value.token)).statusCode,
      401,
    );
  });

  it('lists cases and shows one, with their clocks', async () => {
    const c = await insertCase(desk.store, { subject: 'Key compromise', problem_type: 'key_compromise' });
    await insertCase(desk.store, { status: 'closed', closed_at: T0 });
    desk.now = T0 + 23 * 3_600_000;
    const auth = { authorization: `Bearer ${token}` };
    const list = await desk.app.inject({ method: 'GET', url: '/api/cases', headers: auth });
    assert.equal(list.statusCode, 200);
    const { cases } = list.json() as {
      cases: { id: number; number: string; deadlines: { key: string; state: string; dueAt: string }[] }[];
    };
    assert.deepEqual(
      cases.map((x) => x.id),
      [c.id],
    );
    assert.equal(cases[0]?.number, `CPR-${String(c.id).padStart(6, '0')}`);
    assert.deepEqual(
      cases[0]?.deadlines.map((d) => [d.key, d.state, d.dueAt]),
      [['cpr.preliminary-report', 'due_soon', '2026-11-24T09:00:00.000Z']],
    );
    const all = await desk.app.inject({ method: 'GET', url: '/api/cases?status=all', headers: auth });
    assert.equal((all.json() as { cases: unknown[] }).cases.length, 2);

    const one = await desk.app.inject({ method: 'GET', url: `/api/cases/${c.id}`, headers: auth });
    assert.equal(one.statusCode, 200);
    assert.equal((one.json() as { body: string }).body, 'I found a misissued certificate.');
    assert.equal(
      (await desk.app.inject({ method: 'GET', url: '/api/cases/424242', headers: auth })).statusCode,
      404,
    );
  });
});
