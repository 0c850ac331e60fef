import { Tag } from './node.js';

/**
 * A minimal DER encoder: enough to wrap a tbsCertificate for pre-issuance
 * linting and to build test certificates with exactly the defect wanted.
 * Callers pass content already in DER; nothing is re-sorted or re-checked.
 */
export type Der = Uint8Array;

export function tlv(identifier: number, content: Uint8Array): Der {
  const len = content.length;
  let header: number[];
  if (len < 0x80) header = [identifier, len];
  else {
    const octets: number[] = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) octets.unshift(n & 0xff);
    header = [identifier, 0x80 | octets.length, ...octets];
  }
  const out = new Uint8Array(header.length + len);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

export const sequence = (...parts: Der[]): Der => tlv(0x30, concat(parts));
export const set = (...parts: Der[]): Der => tlv(0x31, concat(parts));
/** [n] EXPLICIT: a constructed context tag around one encoding. */
export const explicit = (n: number, ...inner: Der[]): Der => tlv(0xa0 | n, concat(inner));
/** [n] IMPLICIT over primitive content. */
export const implicit = (n: number, content: Uint8Array): Der => tlv(0x80 | n, content);
/** [n] IMPLICIT over a constructed type (SEQUENCE etc.): its children become the content. */
export const implicitConstructed = (n: number, ...parts: Der[]): Der => tlv(0xa0 | n, concat(parts));

export const nullValue = (): Der => tlv(Tag.NULL, new Uint8Array(0));
export const boolean = (v: boolean): Der => tlv(Tag.BOOLEAN, Uint8Array.of(v ? 0xff : 0));
export const octetString = (v: Uint8Array): Der => tlv(Tag.OCTET_STRING, v);

export function bitString(bytes: Uint8Array, unusedBits = 0): Der {
  return tlv(Tag.BIT_STRING, concat([Uint8Array.of(unusedBits), bytes]));
}

/** A named-bit BIT STRING from bit positions, with trailing zero bits removed as DER requires. */
export function namedBits(bits: readonly number[]): Der {
  if (bits.length === 0) return bitString(new Uint8Array(0));
  const highest = Math.max(...bits);
  const bytes = new Uint8Array((highest >> 3) + 1);
  for (const b of bits) bytes[b >> 3] = (bytes[b >> 3] as number) | (0x80 >> (b & 7));
  return bitString(bytes, 7 - (highest & 7));
}

export function integer(value: bigint | number): Der {
  const v = BigInt(value);
  let n = 1;
  while (v >= 1n << BigInt(8 * n - 1) || v < -(1n << BigInt(8 * n - 1))) n++;
  let u = v < 0n ? v + (1n << BigInt(8 * n)) : v;
  const bytes = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    bytes[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return tlv(Tag.INTEGER, bytes);
}

/** An INTEGER from raw content octets, for serials with a chosen encoding. */
export const integerBytes = (bytes: Uint8Array): Der => tlv(Tag.INTEGER, bytes);

export const enumerated = (value: number): Der => {
  const int = integer(value);
  int[0] = Tag.ENUMERATED;
  return int;
};

export function oid(dotted: string): Der {
  const arcs = dotted.split('.').map((a) => BigInt(a));
  const [a0 = 0n, a1 = 0n, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [a0 * 40n + a1, ...rest]) {
    const group: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) group.unshift(Number(v & 0x7fn) | 0x80);
    out.push(...group);
  }
  return tlv(Tag.OID, Uint8Array.from(out));
}

const text = (tag: number, value: string): Der => tlv(tag, new Uint8Array(Buffer.from(value, 'utf8')));
export const utf8String = (v: string): Der => text(Tag.UTF8_STRING, v);
export const printableString = (v: string): Der => text(Tag.PRINTABLE_STRING, v);
export const ia5String = (v: string): Der => text(Tag.IA5_STRING, v);
/** Any universal string type by tag, with latin-1 or UTF-8 content as the type dictates. */
export function stringOfTag(tag: number, value: string): Der {
  if (tag === Tag.BMP_STRING) {
    const b = Buffer.alloc(value.length * 2);
    for (let i = 0; i < value.length; i++) b.writeUInt16BE(value.charCodeAt(i), i * 2);
    return tlv(tag, new Uint8Array(b));
  }
  if (tag === Tag.UTF8_STRING) return utf8String(value);
  return tlv(tag, new Uint8Array(Buffer.from(value, 'latin1')));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** UTCTime for years 1950–2049, else GeneralizedTime, as RFC 5280 4.1.2.5 requires. */
export function time(date: Date): Der {
  const y = date.getUTCFullYear();
  return y >= 1950 && y < 2050 ? utcTime(date) : generalizedTime(date);
}

export function utcTime(date: Date): Der {
  const s =
    pad(date.getUTCFullYear() % 100) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds());
  return text(Tag.UTC_TIME, `${s}Z`);
}

export function generalizedTime(date: Date): Der {
  const s =
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds());
  return text(Tag.GENERALIZED_TIME, `${s}Z`);
}

/** A time with literal text, for encodings RFC 5280 forbids. */
export const rawTime = (tag: number, value: string): Der => text(tag, value);
