import { DerError, fail } from '../der/error.js';
import {
  asUniversal,
  CONTEXT,
  children,
  contents,
  type DerNode,
  expect,
  expectSequence,
  isContext,
  isUniversal,
  parseDer,
  Tag,
} from '../der/node.js';
import {
  type BitString,
  readBitString,
  readBoolean,
  readOctetString,
  readSmallInteger,
} from '../der/primitives.js';
import { type DerString, decodeString } from '../der/strings.js';
import { type GeneralName, parseGeneralName, parseGeneralNames } from './generalName.js';
import { OID, oidName, readCanonicalOid } from './oids.js';

export interface Extension {
  readonly oid: string;
  readonly critical: boolean;
  /** True when `critical` was encoded as an explicit FALSE, which DER forbids (it is the DEFAULT). */
  readonly criticalFalseEncoded: boolean;
  readonly value: Uint8Array;
  readonly node: DerNode;
}

export const KeyUsageBit = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
  encipherOnly: 7,
  decipherOnly: 8,
} as const;

export interface KeyUsage {
  readonly bits: BitString;
  readonly has: (bit: number) => boolean;
  /** Positions of every bit set, including undefined ones beyond decipherOnly. */
  readonly set: readonly number[];
}

export interface PolicyQualifier {
  readonly oid: string;
  readonly cpsUri?: DerString;
  readonly explicitText?: DerString;
  readonly noticeRef?: DerNode;
  readonly node: DerNode;
}

export interface PolicyInformation {
  readonly oid: string;
  readonly qualifiers: readonly PolicyQualifier[];
}

export interface AccessDescription {
  readonly method: string;
  readonly location: GeneralName;
}

export interface DistributionPoint {
  readonly fullName?: readonly GeneralName[];
  readonly relativeName?: DerNode;
  readonly reasons?: BitString;
  readonly crlIssuer?: readonly GeneralName[];
}

export interface AuthorityKeyIdentifier {
  readonly keyIdentifier?: Uint8Array;
  readonly authorityCertIssuer?: readonly GeneralName[];
  readonly authorityCertSerialNumber?: Uint8Array;
}

export interface GeneralSubtree {
  readonly base: GeneralName;
  readonly minimum: number;
  readonly maximum?: number;
}

export interface NameConstraints {
  readonly permitted?: readonly GeneralSubtree[];
  readonly excluded?: readonly GeneralSubtree[];
}

/** The extensions of a certificate, CRL or CSR, with the ones profiles speak of decoded. */
export interface Extensions {
  readonly list: readonly Extension[];
  readonly byOid: ReadonlyMap<string, Extension>;
  /** OIDs that appear more than once (RFC 5280 4.2 forbids it). */
  readonly duplicates: readonly string[];
  /**
   * Known extensions whose value does not decode: kept here, with the decoded
   * field left absent, so one bad extension does not hide the rest of the certificate.
   */
  readonly malformed: readonly { readonly oid: string; readonly offset: number; readonly reason: string }[];
  readonly basicConstraints?: { readonly ca: boolean; readonly pathLen?: number };
  readonly keyUsage?: KeyUsage;
  readonly extKeyUsage?: readonly string[];
  readonly subjectAltName?: readonly GeneralName[];
  readonly issuerAltName?: readonly GeneralName[];
  readonly certificatePolicies?: readonly PolicyInformation[];
  readonly authorityInfoAccess?: readonly AccessDescription[];
  readonly subjectInfoAccess?: readonly AccessDescription[];
  readonly crlDistributionPoints?: readonly DistributionPoint[];
  readonly freshestCrl?: readonly DistributionPoint[];
  readonly subjectKeyIdentifier?: Uint8Array;
  readonly authorityKeyIdentifier?: AuthorityKeyIdentifier;
  readonly nameConstraints?: NameConstraints;
  /** The CT poison extension's value is ASN.1 NULL (RFC 6962 3.1). */
  readonly ctPoisonIsNull?: boolean;
}

export const EMPTY_EXTENSIONS: Extensions = { list: [], byOid: new Map(), duplicates: [], malformed: [] };

export function parseExtensionList(node: DerNode, what: string): Extensions {
  const list: Extension[] = [];
  const byOid = new Map<string, Extension>();
  const duplicates: string[] = [];
  for (const extNode of children(expect(node, Tag.SEQUENCE, what))) {
    const parts = expectSequence(extNode, 'extension');
    const oid = readCanonicalOid(parts[0], 'extension id');
    let critical = false;
    let criticalFalseEncoded = false;
    let i = 1;
    if (isUniversal(parts[1], Tag.BOOLEAN)) {
      critical = readBoolean(parts[1], `extension ${oidName(oid)} critical`);
      criticalFalseEncoded = !critical;
      i = 2;
    }
    const value = readOctetString(parts[i], `extension ${oidName(oid)} value`);
    if (parts.length > i + 1) fail(extNode.start, `extension ${oidName(oid)}: extra fields`);
    const ext: Extension = { oid, critical, criticalFalseEncoded, value, node: extNode };
    if (byOid.has(oid)) duplicates.push(oid);
    else byOid.set(oid, ext);
    list.push(ext);
  }
  const decoded: Record<string, unknown> = {};
  const malformed: { oid: string; offset: number; reason: string }[] = [];
  for (const [oid, ext] of byOid) {
    const decoder = DECODERS[oid];
    if (!decoder) continue;
    try {
      decoded[decoder.field] = decoder.decode(parseDer(ext.value), `extension ${oidName(oid)}`);
    } catch (e) {
      if (!(e instanceof DerError)) throw e;
      malformed.push({ oid, offset: e.offset, reason: e.reason });
    }
  }
  return { list, byOid, duplicates, malformed, ...decoded };
}

type Decoder = { field: keyof Extensions; decode: (node: DerNode, what: string) => unknown };

/** Whether the view decodes this extension (a failure then lands in `malformed`). */
export function isDecodedExtension(oid: string): boolean {
  return oid in DECODERS;
}

const DECODERS: Record<string, Decoder> = {
  [OID.basicConstraints]: { field: 'basicConstraints', decode: decodeBasicConstraints },
  [OID.keyUsage]: { field: 'keyUsage', decode: decodeKeyUsage },
  [OID.extKeyUsage]: {
    field: 'extKeyUsage',
    decode: (n, w) => children(expect(n, Tag.SEQUENCE, w)).map((o) => readCanonicalOid(o, w)),
  },
  [OID.subjectAltName]: { field: 'subjectAltName', decode: parseGeneralNames },
  [OID.issuerAltName]: { field: 'issuerAltName', decode: parseGeneralNames },
  [OID.certificatePolicies]: { field: 'certificatePolicies', decode: decodePolicies },
  [OID.authorityInfoAccess]: { field: 'authorityInfoAccess', decode: decodeAccess },
  [OID.subjectInfoAccess]: { field: 'subjectInfoAccess', decode: decodeAccess },
  [OID.crlDistributionPoints]: { field: 'crlDistributionPoints', decode: decodeDistributionPoints },
  [OID.freshestCrl]: { field: 'freshestCrl', decode: decodeDistributionPoints },
  [OID.subjectKeyIdentifier]: { field: 'subjectKeyIdentifier', decode: (n, w) => readOctetString(n, w) },
  [OID.authorityKeyIdentifier]: { field: 'authorityKeyIdentifier', decode: decodeAuthorityKeyIdentifier },
  [OID.nameConstraints]: { field: 'nameConstraints', decode: decodeNameConstraints },
  [OID.ctPoison]: {
    field: 'ctPoisonIsNull',
    decode: (n) => isUniversal(n, Tag.NULL) && n.end === n.valueStart,
  },
};

function decodeBasicConstraints(node: DerNode, what: string) {
  const [first, second] = expectSequence(node, what);
  let ca = false;
  let lenNode = first;
  if (isUniversal(first, Tag.BOOLEAN)) {
    ca = readBoolean(first, `${what} cA`);
    lenNode = second;
  }
  return lenNode === undefined
    ? { ca }
    : { ca, pathLen: readSmallInteger(lenNode, `${what} pathLenConstraint`) };
}

function decodeKeyUsage(node: DerNode, what: string): KeyUsage {
  const bits = readBitString(node, what);
  const set: number[] = [];
  for (let i = 0; i < bits.bytes.length * 8 - bits.unusedBits; i++) {
    if (((bits.bytes[i >> 3] as number) & (0x80 >> (i & 7))) !== 0) set.push(i);
  }
  return { bits, set, has: (bit) => set.includes(bit) };
}

function decodePolicies(node: DerNode, what: string): PolicyInformation[] {
  return children(expect(node, Tag.SEQUENCE, what)).map((pi) => {
    const [idNode, qualsNode] = expectSequence(pi, `${what} PolicyInformation`);
    const qualifiers = qualsNode
      ? children(expect(qualsNode, Tag.SEQUENCE, `${what} qualifiers`)).map((q) => decodeQualifier(q, what))
      : [];
    return { oid: readCanonicalOid(idNode, `${what} policy`), qualifiers };
  });
}

function decodeQualifier(node: DerNode, what: string): PolicyQualifier {
  const [idNode, valueNode] = expectSequence(node, `${what} qualifier`);
  const oid = readCanonicalOid(idNode, `${what} qualifier id`);
  if (oid === OID.cps && valueNode) return { oid, cpsUri: decodeString(valueNode), node };
  if (oid === OID.userNotice && valueNode) {
    let noticeRef: DerNode | undefined;
    let explicitText: DerString | undefined;
    for (const part of expectSequence(valueNode, `${what} userNotice`)) {
      if (isUniversal(part, Tag.SEQUENCE)) noticeRef = part;
      else explicitText = decodeString(part);
    }
    return { oid, node, ...(noticeRef && { noticeRef }), ...(explicitText && { explicitText }) };
  }
  return { oid, node };
}

function decodeAccess(node: DerNode, what: string): AccessDescription[] {
  return children(expect(node, Tag.SEQUENCE, what)).map((ad) => {
    const [methodNode, locationNode] = expectSequence(ad, `${what} AccessDescription`);
    if (locationNode === undefined) fail(ad.start, `${what}: AccessDescription without location`);
    return {
      method: readCanonicalOid(methodNode, `${what} method`),
      location: parseGeneralName(locationNode, what),
    };
  });
}

function decodeDistributionPoints(node: DerNode, what: string): DistributionPoint[] {
  return children(expect(node, Tag.SEQUENCE, what)).map((dpNode) => {
    const dp: { -readonly [K in keyof DistributionPoint]: DistributionPoint[K] } = {};
    for (const part of expectSequence(dpNode, `${what} DistributionPoint`)) {
      if (isContext(part, 0)) {
        const [choice] = children(part);
        if (choice === undefined) fail(part.start, `${what}: empty DistributionPointName`);
        if (isContext(choice, 0)) dp.fullName = children(choice).map((n) => parseGeneralName(n, what));
        else if (isContext(choice, 1)) dp.relativeName = choice;
        else fail(part.start, `${what}: bad DistributionPointName`);
      } else if (isContext(part, 1)) {
        dp.reasons = readBitString(asUniversal(part, Tag.BIT_STRING), `${what} reasons`);
      } else if (isContext(part, 2)) {
        dp.crlIssuer = children(part).map((n) => parseGeneralName(n, what));
      } else fail(part.start, `${what}: unexpected DistributionPoint field`);
    }
    return dp;
  });
}

function decodeAuthorityKeyIdentifier(node: DerNode, what: string): AuthorityKeyIdentifier {
  const aki: { -readonly [K in keyof AuthorityKeyIdentifier]: AuthorityKeyIdentifier[K] } = {};
  for (const part of expectSequence(node, what)) {
    if (part.cls !== CONTEXT) fail(part.start, `${what}: unexpected field`);
    if (part.tag === 0) aki.keyIdentifier = contents(part);
    else if (part.tag === 1) aki.authorityCertIssuer = children(part).map((n) => parseGeneralName(n, what));
    else if (part.tag === 2) aki.authorityCertSerialNumber = contents(part);
    else fail(part.start, `${what}: unexpected field`);
  }
  return aki;
}

function decodeNameConstraints(node: DerNode, what: string): NameConstraints {
  const out: { permitted?: GeneralSubtree[]; excluded?: GeneralSubtree[] } = {};
  for (const part of expectSequence(node, what)) {
    const subtrees = children(part).map((st) => decodeSubtree(st, what));
    if (isContext(part, 0)) out.permitted = subtrees;
    else if (isContext(part, 1)) out.excluded = subtrees;
    else fail(part.start, `${what}: unexpected field`);
  }
  return out;
}

function decodeSubtree(node: DerNode, what: string): GeneralSubtree {
  const [baseNode, ...rest] = expectSequence(node, `${what} GeneralSubtree`);
  if (baseNode === undefined) fail(node.start, `${what}: empty GeneralSubtree`);
  let minimum = 0;
  let maximum: number | undefined;
  for (const r of rest) {
    const n = readSmallInteger(asUniversal(r, Tag.INTEGER), `${what} bound`);
    if (isContext(r, 0)) minimum = n;
    else maximum = n;
  }
  return maximum === undefined
    ? { base: parseGeneralName(baseNode, what), minimum }
    : { base: parseGeneralName(baseNode, what), minimum, maximum };
}
