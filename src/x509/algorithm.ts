import { fail } from '../der/error.js';
import { type DerNode, encoded, expectSequence, parseDer, Tag, UNIVERSAL } from '../der/node.js';
import { type BitString, readBitString, readInteger } from '../der/primitives.js';
import { OID, readCanonicalOid } from './oids.js';

export interface AlgorithmIdentifier {
  readonly oid: string;
  /** The parameters as encoded, absent when the field is omitted. */
  readonly params: DerNode | undefined;
  /** The whole AlgorithmIdentifier, as BR 7.1.3 compares exact encodings. */
  readonly der: Uint8Array;
}

export function parseAlgorithm(node: DerNode | undefined, what: string): AlgorithmIdentifier {
  const [oidNode, params, extra] = expectSequence(node, what);
  if (extra !== undefined) fail(extra.start, `${what}: extra fields`);
  return { oid: readCanonicalOid(oidNode, `${what} algorithm`), params, der: encoded(node as DerNode) };
}

export function paramsAreNull(alg: AlgorithmIdentifier): boolean {
  const p = alg.params;
  return p !== undefined && p.cls === UNIVERSAL && p.tag === Tag.NULL && p.end === p.valueStart;
}

export interface RsaKey {
  /** Modulus without sign octet. */
  readonly modulus: Uint8Array;
  readonly bits: number;
  readonly exponent: bigint;
}

export interface PublicKeyInfo {
  readonly algorithm: AlgorithmIdentifier;
  readonly key: BitString;
  readonly der: Uint8Array;
  readonly rsa?: RsaKey;
  /** Named curve of an id-ecPublicKey key; undefined for explicit parameters. */
  readonly curve?: string;
  /** Parse problem of the key itself; the SPKI structure was sound. */
  readonly keyError?: string;
}

export function parsePublicKeyInfo(node: DerNode | undefined, what: string): PublicKeyInfo {
  const [algNode, keyNode, extra] = expectSequence(node, what);
  if (extra !== undefined) fail(extra.start, `${what}: extra fields`);
  const algorithm = parseAlgorithm(algNode, `${what} algorithm`);
  const key = readBitString(keyNode, `${what} key`);
  const base = { algorithm, key, der: encoded(node as DerNode) };
  if (algorithm.oid === OID.rsaEncryption || algorithm.oid === OID.rsassaPss) {
    try {
      return { ...base, rsa: parseRsaKey(key) };
    } catch (e) {
      return { ...base, keyError: (e as Error).message };
    }
  }
  if (algorithm.oid === OID.ecPublicKey) {
    const p = algorithm.params;
    const curve =
      p && p.cls === UNIVERSAL && p.tag === Tag.OID ? readCanonicalOid(p, `${what} curve`) : undefined;
    return { ...base, curve };
  }
  return base;
}

function parseRsaKey(key: BitString): RsaKey {
  if (key.unusedBits !== 0) fail(0, 'RSA key BIT STRING has unused bits');
  const [nNode, eNode, extra] = expectSequence(parseDer(key.bytes), 'RSAPublicKey');
  if (extra !== undefined) fail(extra.start, 'RSAPublicKey: extra fields');
  const n = readInteger(nNode, 'RSA modulus');
  const e = readInteger(eNode, 'RSA exponent');
  let modulus = n.bytes;
  while (modulus.length > 1 && modulus[0] === 0) modulus = modulus.subarray(1);
  const lead = modulus[0] as number;
  const bits = (modulus.length - 1) * 8 + (lead === 0 ? 0 : 32 - Math.clz32(lead));
  let exponent = 0n;
  for (const b of e.bytes) exponent = (exponent << 8n) | BigInt(b);
  if (n.negative || e.negative) fail(0, 'RSA key with a negative modulus or exponent');
  return { modulus, bits, exponent };
}
