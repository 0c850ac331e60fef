import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { octetString } from '../../src/der/encode.js';
import { decodeSctList, decodeSctListBytes, logIdHex } from '../../src/x509/sct.js';

/** A v1 SCT: version, 32-octet log ID, timestamp, no extensions, SHA-256/ECDSA, 2-octet signature. */
function sct(log: number, ts = 0x0102n): number[] {
  const time = Array.from({ length: 8 }, (_, i) => Number((ts >> BigInt(56 - 8 * i)) & 0xffn));
  return [0, ...new Array(32).fill(log), ...time, 0, 0, 4, 3, 0, 2, 0xab, 0xcd];
}

function list(...scts: number[][]): Uint8Array {
  const body = scts.flatMap((s) => [s.length >> 8, s.length & 0xff, ...s]);
  return Uint8Array.from([body.length >> 8, body.length & 0xff, ...body]);
}

describe('SignedCertificateTimestampList', () => {
  it('decodes each SCT of the extension value', () => {
    const result = decodeSctList(octetString(list(sct(1, 1_700_000_000_000n), sct(2))));
    assert.ok(result.ok);
    assert.equal(result.scts.length, 2);
    const [first] = result.scts;
    assert.equal(first?.version, 0);
    assert.equal(first?.timestamp, 1_700_000_000_000n);
    assert.equal(first?.hashAlgorithm, 4);
    assert.equal(first?.signatureAlgorithm, 3);
    assert.deepEqual([...(first?.signature ?? [])], [0xab, 0xcd]);
    assert.equal(logIdHex(first as NonNullable<typeof first>), '01'.repeat(32));
  });

  it('accepts an empty list', () => {
    const result = decodeSctListBytes(Uint8Array.of(0, 0));
    assert.ok(result.ok);
    assert.equal(result.scts.length, 0);
  });

  it('refuses a truncated SCT', () => {
    const bad = sct(1).slice(0, 20);
    const result = decodeSctListBytes(list(bad));
    assert.equal(result.ok, false);
  });

  it('refuses trailing octets after the list', () => {
    const data = Uint8Array.from([...list(sct(1)), 0]);
    assert.equal(decodeSctListBytes(data).ok, false);
  });

  it('refuses a list length past the end', () => {
    assert.equal(decodeSctListBytes(Uint8Array.of(0, 9, 1)).ok, false);
  });

  it('refuses an unknown SCT version', () => {
    const v2 = sct(1);
    v2[0] = 1;
    assert.equal(decodeSctListBytes(list(v2)).ok, false);
  });

  it('refuses an extension value that is not an OCTET STRING, without throwing', () => {
    assert.equal(decodeSctList(list(sct(1))).ok, false);
    assert.equal(decodeSctList(new Uint8Array(0)).ok, false);
  });
});
