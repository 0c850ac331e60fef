import { fail } from './error.js';

/** Tag classes of the identifier octet (X.690 8.1.2.2). */
export const UNIVERSAL = 0;
export const APPLICATION = 1;
export const CONTEXT = 2;
export const PRIVATE = 3;

/** Universal tag numbers used by X.509. */
export const Tag = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  ENUMERATED: 10,
  UTF8_STRING: 12,
  SEQUENCE: 16,
  SET: 17,
  NUMERIC_STRING: 18,
  PRINTABLE_STRING: 19,
  TELETEX_STRING: 20,
  VIDEOTEX_STRING: 21,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  GRAPHIC_STRING: 25,
  VISIBLE_STRING: 26,
  GENERAL_STRING: 27,
  UNIVERSAL_STRING: 28,
  BMP_STRING: 30,
} as const;

/** Largest object accepted; a certificate or CRL beyond this is refused rather than parsed. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * One TLV of a DER encoding. Offsets index into `buf`, the whole input, so a
 * finding can name the byte where it starts.
 */
export interface DerNode {
  readonly buf: Uint8Array;
  readonly cls: number;
  readonly constructed: boolean;
  readonly tag: number;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content octet. */
  readonly valueStart: number;
  /** Offset just past the last content octet. */
  readonly end: number;
}

/**
 * Reads the TLV starting at `offset`, which must end at or before `limit`.
 * Only DER is accepted: definite lengths in minimal form, minimal high tag numbers.
 */
export function readNode(buf: Uint8Array, offset: number, limit: number): DerNode {
  if (offset >= limit) fail(offset, 'expected a tag, found end of data');
  const id = buf[offset] as number;
  const cls = id >> 6;
  const constructed = (id & 0x20) !== 0;
  let tag = id & 0x1f;
  let pos = offset + 1;
  if (tag === 0x1f) {
    tag = 0;
    for (let n = 0; ; n++) {
      if (pos >= limit) fail(pos, 'truncated high tag number');
      const b = buf[pos++] as number;
      if (n === 0 && b === 0x80) fail(pos - 1, 'high tag number not minimally encoded');
      if (n > 3) fail(pos - 1, 'tag number too large');
      tag = (tag << 7) | (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    if (tag < 0x1f) fail(offset, 'high tag number form used for a low tag number');
  }
  if (pos >= limit) fail(pos, 'truncated length');
  const first = buf[pos++] as number;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    fail(pos - 1, 'indefinite length is not allowed in DER');
  } else {
    const count = first & 0x7f;
    if (count > 4) fail(pos - 1, `length of ${count} octets is too large`);
    if (pos + count > limit) fail(pos, 'truncated length');
    if (buf[pos] === 0) fail(pos, 'length not minimally encoded (leading zero)');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[pos++] as number);
    if (length < 0x80) fail(pos - count - 1, 'long length form used for a short length');
  }
  if (length > limit - pos) fail(offset, `length ${length} runs past the end of the enclosing data`);
  return { buf, cls, constructed, tag, start: offset, valueStart: pos, end: pos + length };
}

/** Parses a buffer holding exactly one DER object. */
export function parseDer(buf: Uint8Array): DerNode {
  if (buf.length > MAX_INPUT_BYTES)
    fail(0, `input of ${buf.length} bytes exceeds the ${MAX_INPUT_BYTES} byte limit`);
  const node = readNode(buf, 0, buf.length);
  if (node.end !== buf.length) fail(node.end, `${buf.length - node.end} bytes of trailing data`);
  return node;
}

/** The child TLVs of a constructed node. */
export function children(node: DerNode): DerNode[] {
  if (!node.constructed) fail(node.start, 'expected a constructed encoding');
  const out: DerNode[] = [];
  let pos = node.valueStart;
  while (pos < node.end) {
    const child = readNode(node.buf, pos, node.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function contents(node: DerNode): Uint8Array {
  return node.buf.subarray(node.valueStart, node.end);
}

/** The whole TLV, header included. */
export function encoded(node: DerNode): Uint8Array {
  return node.buf.subarray(node.start, node.end);
}

export function is(node: DerNode | undefined, cls: number, tag: number): boolean {
  return node !== undefined && node.cls === cls && node.tag === tag;
}

export function isUniversal(node: DerNode | undefined, tag: number): boolean {
  return is(node, UNIVERSAL, tag);
}

export function isContext(node: DerNode | undefined, tag: number): boolean {
  return is(node, CONTEXT, tag);
}

/** Reads an IMPLICIT-tagged node as the universal type it replaces. */
export function asUniversal(node: DerNode, tag: number): DerNode {
  return { ...node, cls: UNIVERSAL, tag };
}

const UNIVERSAL_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Tag).map(([name, tag]) => [tag, name.replaceAll('_', ' ')]),
);

export function describeTag(node: DerNode): string {
  if (node.cls === UNIVERSAL) return UNIVERSAL_NAMES[node.tag] ?? `universal tag ${node.tag}`;
  return `${['universal', 'application', 'context', 'private'][node.cls]} tag [${node.tag}]`;
}

/** Requires a universal tag with the given constructed-ness, or fails naming `what`. */
export function expect(node: DerNode | undefined, tag: number, what: string, at = 0): DerNode {
  if (node === undefined) fail(at, `missing ${what}`);
  const constructed = tag === Tag.SEQUENCE || tag === Tag.SET;
  if (node.cls !== UNIVERSAL || node.tag !== tag || node.constructed !== constructed) {
    fail(node.start, `${what}: expected ${UNIVERSAL_NAMES[tag]}, found ${describeTag(node)}`);
  }
  return node;
}

export function expectSequence(node: DerNode | undefined, what: string, at = 0): DerNode[] {
  return children(expect(node, Tag.SEQUENCE, what, at));
}
