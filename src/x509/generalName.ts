import { fail } from '../der/error.js';
import { asUniversal, CONTEXT, children, contents, type DerNode, expect, Tag } from '../der/node.js';
import { isAscii, latin1 } from '../der/strings.js';
import { type Name, parseName } from './name.js';
import { readCanonicalOid } from './oids.js';

/** The GeneralName CHOICE of RFC 5280 4.2.1.6, by its context tag. */
export const GeneralNameTag = {
  otherName: 0,
  rfc822Name: 1,
  dNSName: 2,
  x400Address: 3,
  directoryName: 4,
  ediPartyName: 5,
  uniformResourceIdentifier: 6,
  iPAddress: 7,
  registeredID: 8,
} as const;

export type GeneralName =
  | { readonly tag: 0; readonly typeId: string; readonly value: DerNode }
  | { readonly tag: 1 | 2 | 6; readonly value: string; readonly ascii: boolean }
  | { readonly tag: 3 | 5; readonly value: DerNode }
  | { readonly tag: 4; readonly name: Name }
  | { readonly tag: 7; readonly bytes: Uint8Array }
  | { readonly tag: 8; readonly oid: string };

export function parseGeneralName(node: DerNode, what: string): GeneralName {
  if (node.cls !== CONTEXT || node.tag > 8) fail(node.start, `${what}: not a GeneralName`);
  switch (node.tag) {
    case 0: {
      if (!node.constructed) fail(node.start, `${what}: otherName must be constructed`);
      const [typeNode, valueNode] = children(node);
      if (valueNode === undefined || valueNode.cls !== CONTEXT || valueNode.tag !== 0) {
        fail(node.start, `${what}: otherName without [0] value`);
      }
      return { tag: 0, typeId: readCanonicalOid(typeNode, `${what} otherName type`), value: valueNode };
    }
    case 1:
    case 2:
    case 6: {
      if (node.constructed) fail(node.start, `${what}: IA5String name must be primitive`);
      const value = latin1(contents(node));
      return { tag: node.tag, value, ascii: isAscii(value) };
    }
    case 4: {
      const [inner] = children(node);
      return { tag: 4, name: parseName(inner, `${what} directoryName`) };
    }
    case 7:
      if (node.constructed) fail(node.start, `${what}: iPAddress must be primitive`);
      return { tag: 7, bytes: contents(node) };
    case 8:
      return { tag: 8, oid: readCanonicalOid(asUniversal(node, Tag.OID), `${what} registeredID`) };
    default:
      return { tag: node.tag as 3 | 5, value: node };
  }
}

export function parseGeneralNames(node: DerNode | undefined, what: string): GeneralName[] {
  return children(expect(node, Tag.SEQUENCE, what)).map((n) => parseGeneralName(n, what));
}

export function dnsNames(names: readonly GeneralName[]): string[] {
  const out: string[] = [];
  for (const n of names) if (n.tag === 2) out.push(n.value);
  return out;
}

export function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2)
      groups.push((((bytes[i] as number) << 8) | (bytes[i + 1] as number)).toString(16));
    return groups.join(':');
  }
  return Buffer.from(bytes).toString('hex');
}
