import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCertificate, parseTbsCertificate } from '../../src/x509/certificate.js';
import { isSelfSigned } from '../../src/x509/classify.js';
import { type KeyName, leaf, name, root, subCA } from '../support/certs.js';

function parsed(der: Uint8Array) {
  const p = parseCertificate(der);
  assert.ok(p.ok);
  return p.value;
}

describe('isSelfSigned', () => {
  for (const k of ['rsa3072', 'p256', 'p384', 'p521', 'ed25519'] as KeyName[]) {
    it(`verifies a ${k} root`, () => assert.equal(isSelfSigned(parsed(root({ key: k }))), true));
  }
  it('is false for a certificate issued by another name', () =>
    assert.equal(isSelfSigned(parsed(subCA())), false));
  it('is false when issuer and subject match but another key signed', () =>
    assert.equal(isSelfSigned(parsed(root({ key: 'p256', signer: 'rsa3072' }))), false));
  it('is false when the signature does not verify', () => {
    const der = root();
    der[der.length - 1] = (der[der.length - 1] as number) ^ 1;
    assert.equal(isSelfSigned(parsed(der)), false);
  });
  it('is true for a self-issued end-entity certificate signed with its own key', () =>
    assert.equal(isSelfSigned(parsed(leaf({ issuer: name(['CN', 'www.example.com']) }))), true));
  it('falls back to names and key identifiers for a tbsCertificate', () => {
    const der = root();
    const tbs = parsed(der).tbsDer;
    const p = parseTbsCertificate(tbs);
    assert.ok(p.ok);
    assert.equal(isSelfSigned(p.value), true);
  });
});
