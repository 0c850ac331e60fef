import { fail } from './error.js';
import { contents, type DerNode, expect, Tag } from './node.js';

export interface DerInteger {
  /** Content octets as encoded (two's complement, big-endian). */
  readonly bytes: Uint8Array;
  readonly negative: boolean;
}

export function readInteger(node: DerNode | undefined, what: string): DerInteger {
  const n = expect(node, Tag.INTEGER, what);
  const bytes = contents(n);
  if (bytes.length === 0) fail(n.start, `${what}: empty INTEGER`);
  const b0 = bytes[0] as number;
  if (bytes.length > 1) {
    const b1 = bytes[1] as number;
    if ((b0 === 0 && b1 < 0x80) || (b0 === 0xff && b1 >= 0x80)) {
      fail(n.valueStart, `${what}: INTEGER not minimally encoded`);
    }
  }
  return { bytes, negative: b0 >= 0x80 };
}

export function integerToBigInt(int: DerInteger): bigint {
  let v = 0n;
  for (const b of int.bytes) v = (v << 8n) | BigInt(b);
  if (int.negative) v -= 1n << BigInt(int.bytes.length * 8);
  return v;
}

/** Small INTEGERs (versions, path lengths); fails beyond 2^31. */
export function readSmallInteger(node: DerNode | undefined, what: string): number {
  const int = readInteger(node, what);
  if (int.bytes.length > 4) fail(node?.start ?? 0, `${what}: INTEGER too large`);
  return Number(integerToBigInt(int));
}

export function readEnumerated(node: DerNode | undefined, what: string): number {
  const n = expect(node, Tag.ENUMERATED, what);
  const bytes = contents(n);
  if (bytes.length === 0 || bytes.length > 4) fail(n.start, `${what}: bad ENUMERATED length`);
  if (bytes.length > 1 && bytes[0] === 0 && (bytes[1] as number) < 0x80) {
    fail(n.valueStart, `${what}: ENUMERATED not minimally encoded`);
  }
  let v = 0;
  for (const b of bytes) v = v * 256 + b;
  return (bytes[0] as number) >= 0x80 ? v - 2 ** (8 * bytes.length) : v;
}

const oidCache = new Map<string, string>();

export function readOid(node: DerNode | undefined, what: string): string {
  const n = expect(node, Tag.OID, what);
  return decodeOid(n.buf, n.valueStart, n.end, what);
}

export function decodeOid(buf: Uint8Array, start: number, end: number, what: string): string {
  if (start === end) fail(start, `${what}: empty OBJECT IDENTIFIER`);
  if (((buf[end - 1] as number) & 0x80) !== 0) fail(end - 1, `${what}: truncated OBJECT IDENTIFIER`);
  let key = '';
  for (let i = start; i < end; i++) key += String.fromCharCode(buf[i] as number);
  const cached = oidCache.get(key);
  if (cached !== undefined) return cached;
  const arcs: string[] = [];
  let value = 0n;
  let small = 0;
  let big = false;
  let first = true;
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    if (b === 0x80 && (i === start || ((buf[i - 1] as number) & 0x80) === 0)) {
      fail(i, `${what}: OBJECT IDENTIFIER arc not minimally encoded`);
    }
    if (!big && small > 0x00ffffff) {
      big = true;
      value = BigInt(small);
    }
    if (big) value = (value << 7n) | BigInt(b & 0x7f);
    else small = small * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      const arc = big ? value : BigInt(small);
      if (first) {
        const top = arc < 40n ? 0n : arc < 80n ? 1n : 2n;
        arcs.push(String(top), String(arc - top * 40n));
        first = false;
      } else {
        arcs.push(String(arc));
      }
      value = 0n;
      small = 0;
      big = false;
    }
  }
  const oid = arcs.join('.');
  if (oidCache.size < 10_000) oidCache.set(key, oid);
  return oid;
}

export function readBoolean(node: DerNode | undefined, what: string): boolean {
  const n = expect(node, Tag.BOOLEAN, what);
  const bytes = contents(n);
  if (bytes.length !== 1) fail(n.start, `${what}: BOOLEAN must be one octet`);
  if (bytes[0] === 0xff) return true;
  if (bytes[0] === 0x00) return false;
  return fail(n.valueStart, `${what}: BOOLEAN true must be encoded as 0xFF in DER`);
}

export function readNull(node: DerNode | undefined, what: string): void {
  const n = expect(node, Tag.NULL, what);
  if (n.end !== n.valueStart) fail(n.start, `${what}: NULL with content`);
}

export function readOctetString(node: DerNode | undefined, what: string): Uint8Array {
  return contents(expect(node, Tag.OCTET_STRING, what));
}

export interface BitString {
  readonly unusedBits: number;
  readonly bytes: Uint8Array;
}

export function readBitString(node: DerNode | undefined, what: string): BitString {
  const n = expect(node, Tag.BIT_STRING, what);
  const all = contents(n);
  if (all.length === 0) fail(n.start, `${what}: BIT STRING without unused-bits octet`);
  const unusedBits = all[0] as number;
  if (unusedBits > 7) fail(n.valueStart, `${what}: BIT STRING unused-bits count above 7`);
  if (all.length === 1 && unusedBits !== 0) fail(n.valueStart, `${what}: empty BIT STRING with unused bits`);
  const bytes = all.subarray(1);
  if (unusedBits > 0 && ((bytes[bytes.length - 1] as number) & ((1 << unusedBits) - 1)) !== 0) {
    fail(n.end - 1, `${what}: BIT STRING padding bits are not zero`);
  }
  return { unusedBits, bytes };
}

/** Bit i of a named-bit BIT STRING (bit 0 is the most significant of the first octet). */
export function bitAt(bits: BitString, i: number): boolean {
  const byte = bits.bytes[i >> 3];
  return byte !== undefined && (byte & (0x80 >> (i & 7))) !== 0;
}
