import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseSerial, sha256Hex } from '../../src/cpr/fingerprint.js';

describe('normaliseSerial', () => {
  const cases: [string, 'decimal' | 'hex', string | undefined][] = [
    ['0x0A1B', 'decimal', '0a1b'],
    ['0a:1b', 'decimal', '0a1b'],
    ['0A 1B', 'decimal', '0a1b'],
    ['2587', 'decimal', '0a1b'],
    ['2587', 'hex', '2587'],
    ['00:ff:01', 'decimal', 'ff01'],
    ['0', 'decimal', '00'],
    ['123456789012345678901', 'decimal', '0123456789012345678901'],
    ['7f3e0c2a9b', 'decimal', '7f3e0c2a9b'],
    ['0a-1b', 'decimal', undefined],
    ['0xzz', 'decimal', undefined],
  ];
  for (const [token, digits, expected] of cases)
    it(`${token} (${digits})`, () => assert.equal(normaliseSerial(token, digits), expected));
});

describe('sha256Hex', () => {
  it('is lower-case hex', () =>
    assert.equal(
      sha256Hex(new Uint8Array(0)),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ));
});
