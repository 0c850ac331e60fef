import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import { type CrlCheckOptions, checkCrl } from '../../src/crl/check.js';
import type { CrlProblem } from '../../src/crl/problem.js';
import { type Certificate, parseCertificate } from '../../src/x509/certificate.js';
import { OID } from '../../src/x509/oids.js';
import { ext, type KeyName, ROOT_NAME, root } from '../support/certs.js';
import { crlAt, DAY, entry, HOUR, issuerFor, pssCrlAt, rootCrlAt } from '../support/crls.js';

const NOW = Date.parse('2026-07-01T00:00:00Z');

function certificate(der: Uint8Array): Certificate {
  const parsed = parseCertificate(der);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const issuer = (signer: KeyName = 'rsa2048') => certificate(issuerFor(signer));

function check(der: Uint8Array, options: Partial<CrlCheckOptions> = {}) {
  return checkCrl(der, { now: NOW, issuer: issuer(), ...options });
}

const codes = (problems: readonly CrlProblem[], severity?: string) =>
  problems.filter((p) => severity === undefined || p.severity === severity).map((p) => p.code);

describe('checkCrl', () => {
  it('passes a good CRL of the issuing CA and lists its entries', () => {
    const revokedAt = new Date(NOW - DAY);
    const c = check(crlAt(NOW, { revoked: [entry(0x1234n, 1, revokedAt), entry(0x80n, null, revokedAt)] }));
    assert.equal(c.signature, 'valid');
    assert.equal(c.scope, 'subscriber');
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.entries, [
      { serial: '1234', revokedAt: revokedAt.getTime(), reasonCode: 1 },
      // The sign octet DER adds before 0x80 is not part of the serial, as in certificates.serial.
      { serial: '80', revokedAt: revokedAt.getTime(), reasonCode: null },
    ]);
    assert.match(c.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  for (const signer of ['p256', 'p384', 'ed25519'] as const)
    it(`verifies a CRL signed with ${signer}`, () => {
      const c = check(crlAt(NOW, { signer }), { issuer: issuer(signer) });
      assert.equal(c.signature, 'valid');
      assert.deepEqual(codes(c.problems, 'error'), []);
    });

  it('verifies a CRL signed with RSASSA-PSS', () => {
    const c = check(pssCrlAt(NOW));
    assert.equal(c.signature, 'valid');
    assert.deepEqual(codes(c.problems, 'error'), []);
  });

  it('reads PEM as DER: the same CRL, the same fingerprint', () => {
    const der = crlAt(NOW);
    const pem = new TextEncoder().encode(encodePem('X509 CRL', der));
    assert.equal(check(pem).sha256, check(der).sha256);
    assert.equal(check(pem).signature, 'valid');
  });

  it('detects a CRL signed by the wrong key (the ECM failure)', () => {
    const c = check(crlAt(NOW, { signer: 'rsa3072' }));
    assert.equal(c.signature, 'invalid');
    const [p] = c.problems;
    assert.equal(p?.code, 'crl_signature_invalid');
    assert.equal(p?.severity, 'error');
    assert.match(p?.rule ?? '', /RFC 5280/);
  });

  it('detects a signature damaged in transit', () => {
    const der = crlAt(NOW);
    der[der.length - 5] = (der[der.length - 5] as number) ^ 0xff;
    assert.equal(check(der).signature, 'invalid');
  });

  it("flags an issuer name that is not the issuer certificate's subject", () => {
    const c = check(crlAt(NOW, { issuer: ROOT_NAME }));
    assert.ok(codes(c.problems).includes('crl_issuer_name_mismatch'));
  });

  it("flags an AKI that is not the issuer certificate's SKI", () => {
    const c = check(
      crlAt(NOW, { ext: { [OID.authorityKeyIdentifier]: ext.authorityKeyIdentifier(Uint8Array.of(9, 9)) } }),
    );
    assert.deepEqual(codes(c.problems, 'error'), ['crl_aki_mismatch']);
  });

  it('warns that a CRL without a known issuer cannot be verified', () => {
    const c = check(crlAt(NOW), { issuer: undefined });
    assert.equal(c.signature, 'unknown issuer');
    assert.deepEqual(codes(c.problems), ['crl_issuer_unknown']);
  });

  it('flags nextUpdate more than 10 days after thisUpdate (MRSP 6)', () => {
    const thisUpdate = new Date(NOW - HOUR);
    const c = check(crlAt(NOW, { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + 10 * DAY + 1000) }));
    const p = c.problems.find((x) => x.code === 'crl_validity_too_long');
    assert.equal(p?.severity, 'error');
    assert.match(p?.rule ?? '', /MRSP 6/);
    assert.deepEqual(
      codes(
        check(crlAt(NOW, { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + 10 * DAY) })).problems,
      ),
      [],
    );
  });

  it("allows a root's CRL of CA certificates 12 months, not more (BR 4.9.7)", () => {
    const rootCa = certificate(root());
    const months = (n: number) => {
      const d = new Date(NOW - HOUR);
      d.setUTCMonth(d.getUTCMonth() + n);
      return d;
    };
    const ok = check(rootCrlAt(NOW, { nextUpdate: months(12) }), { issuer: rootCa });
    assert.equal(ok.scope, 'ca');
    assert.deepEqual(codes(ok.problems), []);
    const long = check(rootCrlAt(NOW, { nextUpdate: new Date(months(12).getTime() + 1000) }), {
      issuer: rootCa,
    });
    assert.deepEqual(codes(long.problems), ['crl_validity_too_long']);
  });

  it('flags a stale CRL: now past nextUpdate', () => {
    const thisUpdate = new Date(NOW - 3 * DAY);
    const c = check(crlAt(NOW, { thisUpdate, nextUpdate: new Date(NOW - 1000) }));
    assert.deepEqual(codes(c.problems), ['crl_stale']);
    assert.match(c.problems[0]?.rule ?? '', /BR 4\.9\.7/);
  });

  it('flags a CRL without nextUpdate, through the lints (RFC 5280 5.1.2.5)', () => {
    const c = check(crlAt(NOW, { nextUpdate: null }));
    assert.deepEqual(codes(c.problems, 'error'), ['e_crl_has_next_update']);
  });

  it('flags a thisUpdate in the future, beyond a few minutes of clock skew', () => {
    assert.deepEqual(codes(check(crlAt(NOW, { thisUpdate: new Date(NOW + 2 * 60_000) })).problems), []);
    assert.deepEqual(codes(check(crlAt(NOW, { thisUpdate: new Date(NOW + HOUR) })).problems), [
      'crl_this_update_in_future',
    ]);
  });

  describe('refresh interval (BR 4.9.7)', () => {
    const fiveDaysOld = crlAt(NOW, {
      thisUpdate: new Date(NOW - 5 * DAY),
      nextUpdate: new Date(NOW + 4 * DAY),
    });
    const refresh = (everyCertificateHasOcsp: boolean | undefined) =>
      check(fiveDaysOld, { everyCertificateHasOcsp }).problems.filter(
        (p) => p.code === 'crl_refresh_overdue',
      );

    it('4 days when some covered certificate has no AIA OCSP pointer', () => {
      assert.deepEqual(
        refresh(false).map((p) => p.severity),
        ['error'],
      );
    });
    it('7 days when every one has', () => assert.deepEqual(refresh(true), []));
    it('unknown certificates: a warning past 4 days, an error past 7', () => {
      assert.deepEqual(
        refresh(undefined).map((p) => p.severity),
        ['warn'],
      );
      const eightDaysOld = crlAt(NOW, {
        thisUpdate: new Date(NOW - 8 * DAY),
        nextUpdate: new Date(NOW + DAY),
      });
      assert.deepEqual(
        check(eightDaysOld).problems.map((p) => [p.code, p.severity]),
        [['crl_refresh_overdue', 'error']],
      );
    });
  });

  it('surfaces the lints: certificateHold and a critical reasonCode', () => {
    const at = new Date(NOW - DAY);
    const c = check(crlAt(NOW, { revoked: [entry(5n, 6, at), entry(7n, 1, at, true)] }));
    const errors = codes(c.problems, 'error');
    assert.ok(errors.includes('e_cab_crl_reason_code_certificate_hold'), errors.join());
    assert.ok(errors.includes('e_cab_crl_reason_code_not_critical'), errors.join());
    const hold = c.problems.find((p) => p.code === 'e_cab_crl_reason_code_certificate_hold');
    assert.match(hold?.rule ?? '', /BRs: 4\.9\.13, 7\.2\.2/);
  });

  describe('CRLNumber', () => {
    const previous = { sha256: 'f'.repeat(64), crlNumber: '5' };
    it('must increase from one CRL to the next', () => {
      assert.deepEqual(codes(check(crlAt(NOW, { number: 5 }), { previous }).problems), [
        'crl_number_not_increasing',
      ]);
      assert.deepEqual(codes(check(crlAt(NOW, { number: 4 }), { previous }).problems), [
        'crl_number_not_increasing',
      ]);
      assert.deepEqual(codes(check(crlAt(NOW, { number: 6 }), { previous }).problems), []);
    });
    it('the same CRL checked again keeps its number', () => {
      const der = crlAt(NOW, { number: 5 });
      const sha256 = check(der).sha256;
      assert.deepEqual(codes(check(der, { previous: { sha256, crlNumber: '5' } }).problems), []);
    });
    it('compares numbers beyond 2^53 exactly', () => {
      const big = 2n ** 158n;
      const c = check(crlAt(NOW, { number: big + 1n }), {
        previous: { sha256: null, crlNumber: big.toString() },
      });
      assert.deepEqual(codes(c.problems), []);
    });
  });

  it('reports what is no CRL, never throws', () => {
    assert.deepEqual(codes(check(Uint8Array.of(0x30, 0x03, 1, 2)).problems), ['crl_unreadable']);
    assert.deepEqual(codes(check(new Uint8Array(0)).problems), ['crl_unreadable']);
    const certPem = new TextEncoder().encode(encodePem('CERTIFICATE', issuerFor()));
    const c = check(certPem);
    assert.equal(c.signature, 'unreadable');
    assert.equal(c.problems[0]?.message, 'no CRL could be read: PEM without an X509 CRL block');
  });
});
