import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePem, encodePem } from '../../src/der/pem.js';

describe('PEM', () => {
  it('finds every block among other text and round-trips', () => {
    const a = Uint8Array.from([0x30, 0x00]);
    const b = Uint8Array.from([0x05, 0x00]);
    const text = `Certificate:\n  dump\n${encodePem('CERTIFICATE', a)}junk\r\n${encodePem('X509 CRL', b).replace(/\n/g, '\r\n')}`;
    const { blocks, problems } = decodePem(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      blocks.map((x) => [x.label, Array.from(x.der)]),
      [
        ['CERTIFICATE', [0x30, 0]],
        ['X509 CRL', [5, 0]],
      ],
    );
  });
  it('reports invalid base64 and a missing END', () => {
    const bad = decodePem('-----BEGIN CERTIFICATE-----\nMA*=\n-----END CERTIFICATE-----\n');
    assert.match(bad.problems[0]?.reason ?? '', /invalid base64/);
    const open = decodePem('-----BEGIN CERTIFICATE-----\nMAA=\n');
    assert.match(open.problems[0]?.reason ?? '', /without END/);
  });
  it('reports mismatched labels', () => {
    const r = decodePem('-----BEGIN CERTIFICATE-----\nMAA=\n-----END X509 CRL-----\n');
    assert.match(r.problems[0]?.reason ?? '', /does not match/);
  });
});
