import { fail } from '../der/error.js';
import { children, type DerNode, encoded, expect, expectSequence, Tag } from '../der/node.js';
import { type DerString, decodeString } from '../der/strings.js';
import { OID, oidName, readCanonicalOid } from './oids.js';

/** One AttributeTypeAndValue, its string type kept (undefined `value` when the value is not a string). */
export interface Attribute {
  readonly type: string;
  readonly value: DerString | undefined;
  readonly node: DerNode;
}

export interface Name {
  /** RelativeDistinguishedNames in encoded order, each a set of attributes. */
  readonly rdns: readonly (readonly Attribute[])[];
  /** Every attribute in encoded order. */
  readonly attributes: readonly Attribute[];
  readonly der: Uint8Array;
}

export function parseName(node: DerNode | undefined, what: string): Name {
  const seq = expect(node, Tag.SEQUENCE, what);
  const rdns: Attribute[][] = [];
  const attributes: Attribute[] = [];
  for (const rdnNode of children(seq)) {
    const set = expect(rdnNode, Tag.SET, `${what} RDN`);
    const rdn: Attribute[] = [];
    for (const atvNode of children(set)) {
      const [typeNode, valueNode, extra] = expectSequence(atvNode, `${what} attribute`);
      if (valueNode === undefined || extra !== undefined) fail(atvNode.start, `${what}: malformed attribute`);
      const attr: Attribute = {
        type: readCanonicalOid(typeNode, `${what} attribute type`),
        value: decodeString(valueNode),
        node: valueNode,
      };
      rdn.push(attr);
      attributes.push(attr);
    }
    rdns.push(rdn);
  }
  return { rdns, attributes, der: encoded(seq) };
}

/** String values of every attribute of a type, in order. */
export function attributeValues(name: Name, type: string): string[] {
  const out: string[] = [];
  for (const a of name.attributes) if (a.type === type && a.value) out.push(a.value.value);
  return out;
}

export function hasAttribute(name: Name, type: string): boolean {
  return name.attributes.some((a) => a.type === type);
}

export function namesEqual(a: Name, b: Name): boolean {
  return a.der.length === b.der.length && Buffer.compare(a.der, b.der) === 0;
}

const SHORT: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.countryName]: 'C',
  [OID.localityName]: 'L',
  [OID.stateOrProvinceName]: 'ST',
  [OID.streetAddress]: 'street',
  [OID.organizationName]: 'O',
  [OID.organizationalUnitName]: 'OU',
  [OID.domainComponent]: 'DC',
  [OID.serialNumber]: 'serialNumber',
  [OID.emailAddress]: 'emailAddress',
  [OID.postalCode]: 'postalCode',
  [OID.givenName]: 'GN',
  [OID.surname]: 'SN',
};

/** RFC 4514-style text, most significant RDN first as OpenSSL prints it. */
export function formatName(name: Name): string {
  return name.rdns
    .map((rdn) =>
      rdn
        .map(
          (a) =>
            `${SHORT[a.type] ?? oidName(a.type)}=${(a.value?.value ?? '#').replace(/([,+"\\<>;])/g, '\\$1')}`,
        )
        .join('+'),
    )
    .join(', ');
}
