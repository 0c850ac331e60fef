import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { smallFactor } from '../../../src/lints/util/keys_validity.js';

const PRIMES: number[] = [];
for (let n = 2; n < 752; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);

const toBytes = (n: bigint): Uint8Array => {
  const hex = n.toString(16);
  return Uint8Array.from(Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'));
};

/** Trial division one prime at a time, the definition the grouped remainders must agree with. */
const naive = (n: bigint): number | undefined => PRIMES.find((p) => n % BigInt(p) === 0n);

describe('small prime factors of an RSA modulus', () => {
  it('finds the smallest prime below 752 that divides, as plain trial division does', () => {
    let seed = 0x2545f491n;
    const random = (bits: number) => {
      let n = 0n;
      for (let i = 0; i < bits; i += 31) {
        seed = (seed * 48271n) % 0x7fffffffn;
        n = (n << 31n) | seed;
      }
      return n | 1n;
    };
    const big = PRIMES[PRIMES.length - 1] as number;
    const cases = [
      0n,
      1n,
      2n,
      BigInt(big),
      BigInt(big) * BigInt(PRIMES[PRIMES.length - 2] as number),
      757n * 761n,
      ...Array.from({ length: 200 }, (_, i) => random(64 + i * 10)),
      ...Array.from(
        { length: 200 },
        (_, i) => random(2048) * BigInt(PRIMES[(i * 7) % PRIMES.length] as number),
      ),
    ];
    for (const n of cases) assert.equal(smallFactor(toBytes(n)), naive(n), n.toString(16));
  });
  it('reads leading zero octets and an empty magnitude', () => {
    assert.equal(smallFactor(Uint8Array.of(0, 0, 0x02, 0xe5)), naive(0x2e5n));
    assert.equal(smallFactor(new Uint8Array(0)), 2);
  });
});
