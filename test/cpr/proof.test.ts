import assert from 'node:assert/strict';
import { sign } from 'node:crypto';
import { describe, it } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import { sha256Hex } from '../../src/cpr/fingerprint.js';
import { type ProofEvidence, verifyKeyCompromiseProof } from '../../src/cpr/proof.js';
import { type Certificate, parseCertificate } from '../../src/x509/certificate.js';
import { type KeyName, key, leaf } from '../support/certs.js';
import { csr } from '../support/csr.js';

function certificate(k: KeyName): Certificate {
  const p = parseCertificate(leaf({ key: k }));
  assert.ok(p.ok);
  return p.value;
}

const rsa = certificate('rsa2048');
const p256 = certificate('p256');
const p384 = certificate('p384');
const ed = certificate('ed25519');
const all = [rsa, p256, p384, ed];
const fp = (c: Certificate) => sha256Hex(c.der);

const STATEMENT = 'I hold the private key of the certificates listed in CPR-000123. 2026-11-23\n';

/** As `openssl dgst -sha256 -sign key.pem statement.txt | base64`: wrapped at 76 characters. */
function signStatement(
  k: KeyName,
  hash: string | null,
  text = STATEMENT,
  dsaEncoding?: 'ieee-p1363',
): string {
  const signature = sign(hash, Buffer.from(text), { key: key(k).privateKey, dsaEncoding });
  return (signature.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

const statement = (signature: string, text: string | Uint8Array = STATEMENT): ProofEvidence => ({
  method: 'statement',
  statement: text,
  signature,
});

describe('CSR proof', () => {
  for (const k of ['rsa2048', 'p256', 'p384', 'ed25519'] as KeyName[]) {
    it(`a ${k} CSR proves the certificates with its key`, () => {
      const r = verifyKeyCompromiseProof(all, { method: 'csr', csr: csr({ key: k }) });
      assert.equal(r.verified, true, r.reason);
      assert.deepEqual(r.matches, [
        fp(all[['rsa2048', 'p256', 'p384', 'ed25519'].indexOf(k)] as Certificate),
      ]);
      assert.equal(r.keySha256, sha256Hex(key(k).spki));
      assert.equal(r.subject, 'CN=Proof of key compromise');
    });
  }
  it('takes PEM text and PEM bytes', () => {
    const pem = encodePem('CERTIFICATE REQUEST', csr({ key: 'p256' }));
    assert.deepEqual(verifyKeyCompromiseProof(all, { method: 'csr', csr: pem }).matches, [fp(p256)]);
    const bytes = new Uint8Array(Buffer.from(`proof:\n${pem}`));
    assert.deepEqual(verifyKeyCompromiseProof(all, { method: 'csr', csr: bytes }).matches, [fp(p256)]);
  });
  it('matches every referenced certificate with the key', () => {
    const again = certificate('p256');
    assert.notEqual(fp(again), fp(p256));
    const r = verifyKeyCompromiseProof([rsa, p256, again], { method: 'csr', csr: csr({ key: 'p256' }) });
    assert.deepEqual(r.matches, [fp(p256), fp(again)]);
  });
  it('fails when another key signed the CSR', () => {
    const r = verifyKeyCompromiseProof(all, { method: 'csr', csr: csr({ key: 'p256', signer: 'rsa2048' }) });
    assert.equal(r.verified, false);
    assert.deepEqual(r.matches, []);
    assert.match(r.reason, /not signed by its own key/);
  });
  it('fails when the CSR is signed but its key is in no referenced certificate', () => {
    const r = verifyKeyCompromiseProof([rsa, p256], { method: 'csr', csr: csr({ key: 'p384' }) });
    assert.equal(r.verified, false);
    assert.match(r.reason, /none of the 2 referenced certificates/);
    assert.equal(r.keySha256, sha256Hex(key('p384').spki));
  });
  it('fails with a reason on garbage and on text without a CSR', () => {
    const garbage = verifyKeyCompromiseProof(all, {
      method: 'csr',
      csr: Uint8Array.from([0x30, 0x82, 0xff]),
    });
    assert.equal(garbage.verified, false);
    assert.match(garbage.reason, /does not parse/);
    const text = verifyKeyCompromiseProof(all, { method: 'csr', csr: 'here is my key, trust me' });
    assert.equal(text.verified, false);
    assert.match(text.reason, /No certificate request found/);
    const cert = verifyKeyCompromiseProof(all, { method: 'csr', csr: rsa.der });
    assert.equal(cert.verified, false);
  });
  it('fails when the signature was tampered with', () => {
    const der = csr({ key: 'rsa2048' });
    der[der.length - 1] = (der[der.length - 1] as number) ^ 1;
    assert.equal(verifyKeyCompromiseProof(all, { method: 'csr', csr: der }).verified, false);
  });
});

describe('signed statement proof', () => {
  const signed: [string, KeyName, string | null, Certificate][] = [
    ['RSA PKCS#1 v1.5 with SHA-256', 'rsa2048', 'sha256', rsa],
    ['ECDSA P-256 with SHA-256', 'p256', 'sha256', p256],
    ['ECDSA P-384 with SHA-384', 'p384', 'sha384', p384],
    ['ECDSA P-384 with SHA-256', 'p384', 'sha256', p384],
    ['Ed25519', 'ed25519', null, ed],
  ];
  for (const [what, k, hash, cert] of signed) {
    it(`verifies ${what}`, () => {
      const r = verifyKeyCompromiseProof(all, statement(signStatement(k, hash)));
      assert.equal(r.verified, true, r.reason);
      assert.deepEqual(r.matches, [fp(cert)]);
    });
  }
  it('verifies an ECDSA signature written as r‖s', () => {
    const r = verifyKeyCompromiseProof(
      all,
      statement(signStatement('p256', 'sha256', STATEMENT, 'ieee-p1363')),
    );
    assert.deepEqual(r.matches, [fp(p256)]);
  });
  it('tolerates a lost final newline and CRLF line endings in transit', () => {
    const sig = signStatement('p256', 'sha256', 'line one\nline two\n');
    assert.equal(verifyKeyCompromiseProof(all, statement(sig, 'line one\r\nline two')).verified, true);
  });
  it('takes the statement as exact bytes', () => {
    const sig = signStatement('rsa2048', 'sha256');
    assert.equal(verifyKeyCompromiseProof(all, statement(sig, Buffer.from(STATEMENT))).verified, true);
    assert.equal(
      verifyKeyCompromiseProof(all, statement(sig, Buffer.from(`${STATEMENT}\n`))).verified,
      false,
    );
  });
  it('fails on a tampered statement', () => {
    const sig = signStatement('rsa2048', 'sha256');
    const r = verifyKeyCompromiseProof(all, statement(sig, STATEMENT.replace('CPR-000123', 'CPR-000124')));
    assert.equal(r.verified, false);
    assert.deepEqual(r.matches, []);
    assert.match(r.reason, /does not verify/);
  });
  it('fails when a key other than the certificates’ signed', () => {
    const r = verifyKeyCompromiseProof([rsa, p256, ed], statement(signStatement('p384', 'sha384')));
    assert.equal(r.verified, false);
    assert.match(r.reason, /any of the 3 referenced certificates/);
  });
  it('fails with a reason on garbage signatures and missing certificates', () => {
    assert.match(verifyKeyCompromiseProof(all, statement('not*base64!')).reason, /not base64/);
    assert.match(verifyKeyCompromiseProof(all, statement('')).reason, /not base64/);
    assert.match(verifyKeyCompromiseProof(all, statement('QUFB'.repeat(5000))).reason, /longer than/);
    const valid = signStatement('p256', 'sha256');
    assert.match(verifyKeyCompromiseProof([], statement(valid)).reason, /No referenced certificate/);
    const truncated = signStatement('rsa2048', 'sha256').replace(/\n/g, '').slice(0, 40);
    assert.equal(verifyKeyCompromiseProof(all, statement(truncated)).verified, false);
    assert.match(verifyKeyCompromiseProof(all, statement(valid, 'x'.repeat(100_000))).reason, /longer than/);
  });
});
