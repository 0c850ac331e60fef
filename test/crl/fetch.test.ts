import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkCrl } from '../../src/crl/check.js';
import { readCrlSource } from '../../src/crl/fetch.js';
import { encodePem } from '../../src/der/pem.js';
import { parseCertificate } from '../../src/x509/certificate.js';
import { crlAt, issuerFor } from '../support/crls.js';
import { type CrlServer, startCrlServer } from './crlServer.js';

const NOW = Date.parse('2026-07-01T00:00:00Z');
const DER = crlAt(NOW);
const issuer = parseCertificate(issuerFor());

async function fetched(location: string, options = {}) {
  const result = await readCrlSource(location, options);
  if (!result.ok) assert.fail(result.reason);
  return result.bytes;
}

async function failure(location: string, options = {}) {
  const result = await readCrlSource(location, options);
  if (result.ok) assert.fail(`${location} was read`);
  return result.reason;
}

describe('readCrlSource', () => {
  let server: CrlServer;
  before(async () => {
    server = await startCrlServer();
  });
  after(() => server.close());

  it('downloads a CRL served as DER', async () => {
    server.set('/r1.crl', { body: DER });
    assert.deepEqual(await fetched(server.url('/r1.crl')), DER);
  });

  it('downloads a CRL served as PEM, which checks as the DER one', async () => {
    server.set('/r1.pem', { body: encodePem('X509 CRL', DER), contentType: 'application/x-pem-file' });
    const bytes = await fetched(server.url('/r1.pem'));
    assert.ok(issuer.ok);
    const check = checkCrl(bytes, { now: NOW, issuer: issuer.value });
    assert.equal(check.signature, 'valid');
    assert.equal(check.sha256, checkCrl(DER, { now: NOW }).sha256);
  });

  it('reports an HTTP error status', async () => {
    assert.match(await failure(server.url('/missing.crl')), /HTTP 404/);
    server.set('/error.crl', { status: 503 });
    assert.match(await failure(server.url('/error.crl')), /HTTP 503/);
  });

  it('refuses a body over the size cap, declared or not', async () => {
    server.set('/big.crl', { body: new Uint8Array(4096) });
    assert.match(
      await failure(server.url('/big.crl'), { maxBytes: 1000 }),
      /4096 bytes, over the 1000 byte limit/,
    );
    server.set('/big-chunked.crl', { body: new Uint8Array(4096), chunked: true });
    assert.match(await failure(server.url('/big-chunked.crl'), { maxBytes: 1000 }), /more than 1000 bytes/);
    assert.equal((await fetched(server.url('/big-chunked.crl'), { maxBytes: 4096 })).length, 4096);
  });

  it('follows a few redirects, not more', async () => {
    server.set('/moved.crl', { redirect: '/r1.crl' });
    assert.deepEqual(await fetched(server.url('/moved.crl')), DER);
    server.set('/loop.crl', { redirect: '/loop.crl' });
    assert.match(await failure(server.url('/loop.crl'), { maxRedirects: 3 }), /more than 3 redirects/);
    assert.equal(server.hits.get('/loop.crl'), 4);
  });

  it('gives up on a server that does not answer', async () => {
    server.set('/hang.crl', 'hang');
    assert.match(
      await failure(server.url('/hang.crl'), { timeoutMs: 200 }),
      /no complete answer within 200 ms/,
    );
  });

  it('reports a refused connection', async () => {
    const closed = await startCrlServer();
    await closed.close();
    assert.match(await failure(closed.url('/r1.crl')), /ECONNREFUSED/);
  });

  it('reads files, and refuses other URL schemes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-crl-')), 'r1.crl');
    writeFileSync(file, DER);
    assert.deepEqual(await fetched(file), DER);
    assert.match(await failure(file, { maxBytes: 10 }), /over the 10 byte limit/);
    assert.match(await failure(`${file}.absent`), /ENOENT/);
    assert.match(
      await failure('ldap://ldap.example.net/cn=CA?certificateRevocationList'),
      /only http and https/,
    );
  });
});
