import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { children, encoded, parseDer } from '../../src/der/node.js';
import { parseCertificate, parseTbsCertificate } from '../../src/x509/certificate.js';
import { parseCrl } from '../../src/x509/crl.js';
import { formatName } from '../../src/x509/name.js';
import { OID } from '../../src/x509/oids.js';
import { crl, ext, leaf, subCA } from '../support/certs.js';

describe('certificate view', () => {
  it('decodes the fields and extensions of a leaf', () => {
    const parsed = parseCertificate(leaf({ serial: 0x0102030405060708090an }));
    assert.ok(parsed.ok);
    const c = parsed.value;
    assert.equal(c.kind, 'certificate');
    assert.equal(c.version, 3);
    assert.equal(Buffer.from(c.serial.bytes).toString('hex'), '0102030405060708090a');
    assert.equal(formatName(c.issuer), 'C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R1');
    assert.equal(c.publicKey.rsa?.bits, 2048);
    assert.equal(c.extensions.basicConstraints?.ca, false);
    assert.deepEqual(c.extensions.extKeyUsage, [OID.serverAuth]);
    assert.deepEqual(
      c.extensions.subjectAltName?.map((n) => (n.tag === 2 ? n.value : '')),
      ['www.example.com', 'example.com'],
    );
    assert.equal(c.extensions.certificatePolicies?.[0]?.oid, OID.brDomainValidated);
  });
  it('recognises a precertificate by its poison extension', () => {
    const parsed = parseCertificate(leaf({ ext: { [OID.ctPoison]: ext.ctPoison() } }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.kind, 'precertificate');
    assert.equal(parsed.value.extensions.ctPoisonIsNull, true);
  });
  it('parses a bare tbsCertificate as the certificate it will become', () => {
    const der = subCA();
    const tbs = encoded(children(parseDer(der))[0] as ReturnType<typeof parseDer>);
    const parsed = parseTbsCertificate(tbs);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.kind, 'tbsCertificate');
    assert.equal(parsed.value.extensions.basicConstraints?.pathLen, 0);
    assert.deepEqual(parsed.value.signatureAlgorithm.der, parsed.value.tbsSignature.der);
  });
  it('keeps a malformed known extension aside instead of failing the certificate', () => {
    const parsed = parseCertificate(
      leaf({ ext: { [OID.keyUsage]: ext.raw(OID.keyUsage, true, Uint8Array.of(0x03, 0x00)) } }),
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.value.extensions.keyUsage, undefined);
    assert.equal(parsed.value.extensions.malformed[0]?.oid, OID.keyUsage);
  });
  it('reports truncation as a failure with an offset', () => {
    const der = leaf();
    const parsed = parseCertificate(der.subarray(0, der.length - 10));
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.match(parsed.reason, /runs past/);
  });
});

describe('CRL view', () => {
  it('decodes entries, reason codes and the CRL number', () => {
    const parsed = parseCrl(crl());
    assert.ok(parsed.ok);
    assert.equal(parsed.value.version, 2);
    assert.equal(parsed.value.revoked[0]?.reasonCode, 1);
    assert.equal(parsed.value.crlNumber?.bytes[0], 1);
    assert.ok(parsed.value.nextUpdate);
  });
});
