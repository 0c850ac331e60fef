import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCertificate, errorLints } from '../../src/cpr/certificates.js';
import { sha256Hex } from '../../src/cpr/fingerprint.js';
import { OID } from '../../src/x509/oids.js';
import { crl, leaf } from '../support/certs.js';

describe('a certificate that arrives with a report', () => {
  it('is decoded and linted, keeping only the findings', () => {
    const der = leaf({ serial: 0x0a1bn, ext: { [OID.subjectAltName]: null } });
    const d = decodeCertificate(der);
    assert.equal(d.sha256, sha256Hex(der));
    assert.equal(d.subject, 'CN=www.example.com');
    assert.equal(d.serial, '0a1b');
    assert.equal(d.notBefore, Date.parse('2026-06-01T00:00:00Z'));
    assert.ok(d.certificate);
    assert.ok(errorLints(d.findings).includes('e_ext_san_missing'));
    assert.equal(d.lintErrors, errorLints(d.findings).length);
    assert.ok(Object.values(d.findings).every((r) => !['pass', 'NA', 'NE'].includes(r.status)));
  });

  it('that does not parse, or is a CRL, is kept with the failure as its one finding', () => {
    for (const der of [new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]), crl()]) {
      const d = decodeCertificate(der);
      assert.equal(d.certificate, null);
      assert.equal(d.subject, null);
      assert.equal(d.lintErrors, 1);
      assert.equal(d.findings.parse?.status, 'fatal');
    }
  });
});
