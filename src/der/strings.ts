import { contents, type DerNode, Tag, UNIVERSAL } from './node.js';

/** A directory string with its ASN.1 string type kept, as profiles restrict the types. */
export interface DerString {
  readonly tag: number;
  readonly value: string;
  /** False when the octets break the type's character set or encoding. */
  readonly valid: boolean;
}

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
const NUMERIC = /^[0-9 ]*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export const STRING_TAGS: ReadonlySet<number> = new Set([
  Tag.UTF8_STRING,
  Tag.NUMERIC_STRING,
  Tag.PRINTABLE_STRING,
  Tag.TELETEX_STRING,
  Tag.VIDEOTEX_STRING,
  Tag.IA5_STRING,
  Tag.GRAPHIC_STRING,
  Tag.VISIBLE_STRING,
  Tag.GENERAL_STRING,
  Tag.UNIVERSAL_STRING,
  Tag.BMP_STRING,
]);

export function isStringNode(node: DerNode): boolean {
  return node.cls === UNIVERSAL && !node.constructed && STRING_TAGS.has(node.tag);
}

/** Decodes any universal string type; undefined when the node is not a string. */
export function decodeString(node: DerNode): DerString | undefined {
  if (!isStringNode(node)) return undefined;
  const bytes = contents(node);
  switch (node.tag) {
    case Tag.UTF8_STRING:
      try {
        return { tag: node.tag, value: utf8.decode(bytes), valid: true };
      } catch {
        return { tag: node.tag, value: latin1(bytes), valid: false };
      }
    case Tag.BMP_STRING:
      return decodeWide(node.tag, bytes, 2);
    case Tag.UNIVERSAL_STRING:
      return decodeWide(node.tag, bytes, 4);
    default: {
      const value = latin1(bytes);
      return { tag: node.tag, value, valid: charsetValid(node.tag, value) };
    }
  }
}

function charsetValid(tag: number, value: string): boolean {
  switch (tag) {
    case Tag.PRINTABLE_STRING:
      return PRINTABLE.test(value);
    case Tag.NUMERIC_STRING:
      return NUMERIC.test(value);
    case Tag.IA5_STRING:
      return isAscii(value);
    case Tag.VISIBLE_STRING:
      return /^[\x20-\x7e]*$/.test(value);
    default:
      return true;
  }
}

function decodeWide(tag: number, bytes: Uint8Array, width: 2 | 4): DerString {
  if (bytes.length % width !== 0) return { tag, value: latin1(bytes), valid: false };
  let value = '';
  let valid = true;
  for (let i = 0; i < bytes.length; i += width) {
    let cp = 0;
    for (let j = 0; j < width; j++) cp = cp * 256 + (bytes[i + j] as number);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      valid = false;
      cp = 0xfffd;
    }
    value += String.fromCodePoint(cp);
  }
  return { tag, value, valid };
}

const CHUNK = 8192;

/** Octets as ISO 8859-1 text; built in chunks because it is on every certificate's hot path. */
export function latin1(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let s = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

// The whole 7-bit range, controls included, is ASCII.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function isAscii(value: string): boolean {
  return ASCII.test(value);
}
