import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COUNTRY_CODES,
  isCountryCode,
  isReservedAddress,
  parseAddress,
  reverseDnsProblem,
} from '../../../src/lints/util/subject_presence.js';

const reserved = (text: string) => isReservedAddress(parseAddress(text) as Uint8Array);

describe('subject_presence util', () => {
  it('holds the 249 ISO 3166-1 codes plus AN and XX', () => {
    assert.equal(COUNTRY_CODES.size, 251);
    assert.ok(isCountryCode('gb') && isCountryCode('XX') && !isCountryCode('UK') && !isCountryCode(''));
  });
  it('parses addresses as Go does', () => {
    assert.deepEqual(parseAddress('::ffff:1.2.3.4'), Uint8Array.of(1, 2, 3, 4));
    assert.equal(parseAddress('01.2.3.4'), undefined);
    assert.equal(parseAddress('1:2:3:4:5:6:7'), undefined);
    assert.equal(parseAddress('1::2::3'), undefined);
    assert.equal(parseAddress('www.example.com'), undefined);
    assert.equal(parseAddress('::')?.length, 16);
  });
  it('knows the reserved ranges', () => {
    for (const ip of ['0.1.2.3', '127.0.0.1', '100.64.0.1', '172.31.255.255', '224.0.0.1', '255.255.255.255'])
      assert.ok(reserved(ip), ip);
    for (const ip of [
      '::',
      '64:ff9b::1',
      '2001:db8::1',
      '2002::1',
      'fe80::1',
      'fec0::1',
      'ff02::1',
      '3fff::1',
    ])
      assert.ok(reserved(ip), ip);
    for (const ip of ['1.1.1.1', '172.32.0.1', '2606:4700::1111', '2a00:1450::1'])
      assert.ok(!reserved(ip), ip);
  });
  it('reads reverse DNS names', () => {
    assert.match(reverseDnsProblem('1.0.0.127.in-addr.arpa') ?? '', /reserved/);
    assert.equal(reverseDnsProblem('1.1.1.1.in-addr.arpa'), undefined);
    assert.equal(reverseDnsProblem('01.1.1.1.in-addr.arpa'), undefined);
  });
});
