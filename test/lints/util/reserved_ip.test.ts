import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReservedIp } from '../../../src/lints/util/reserved_ip.js';
import { parseIp, toV4 } from '../../../src/x509/ip.js';

const reserved = (text: string) => isReservedIp(parseIp(text) as Uint8Array);

describe('reserved IP addresses', () => {
  it('parses addresses as Go does', () => {
    assert.deepEqual(toV4(parseIp('::ffff:1.2.3.4') as Uint8Array), Uint8Array.of(1, 2, 3, 4));
    assert.equal(parseIp('01.2.3.4'), undefined);
    assert.equal(parseIp('1:2:3:4:5:6:7'), undefined);
    assert.equal(parseIp('1::2::3'), undefined);
    assert.equal(parseIp('www.example.com'), undefined);
    assert.equal(parseIp('::')?.length, 16);
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
  it('does not judge octet strings that are not addresses', () =>
    assert.equal(isReservedIp(Uint8Array.of(127, 0, 0)), false));
});
