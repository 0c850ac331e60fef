/**
 * Signature checks with node:crypto over the views' own fields: a
 * certificate's or a CSR's self-signature, a CRL's signature under its
 * issuer's key, and any signature a key in a SubjectPublicKeyInfo is claimed
 * to have made.
 */
import { constants, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { DerError } from '../der/error.js';
import { children, type DerNode, isContext } from '../der/node.js';
import { type BitString, readSmallInteger } from '../der/primitives.js';
import { type AlgorithmIdentifier, parseAlgorithm, type PublicKeyInfo } from './algorithm.js';
import { OID } from './oids.js';

/** Hash of each signature algorithm Node verifies directly; null for EdDSA. */
const HASH: ReadonlyMap<string, string | null> = new Map([
  [OID.md5WithRSA, 'md5'],
  [OID.sha1WithRSA, 'sha1'],
  [OID.sha224WithRSA, 'sha224'],
  [OID.sha256WithRSA, 'sha256'],
  [OID.sha384WithRSA, 'sha384'],
  [OID.sha512WithRSA, 'sha512'],
  [OID.ecdsaWithSha1, 'sha1'],
  [OID.ecdsaWithSha224, 'sha224'],
  [OID.ecdsaWithSha256, 'sha256'],
  [OID.ecdsaWithSha384, 'sha384'],
  [OID.ecdsaWithSha512, 'sha512'],
  [OID.dsaWithSha1, 'sha1'],
  [OID.dsaWithSha256, 'sha256'],
  [OID.ed25519, null],
  [OID.ed448, null],
]);

const HASH_NAMES: ReadonlyMap<string, string> = new Map([
  [OID.sha1, 'sha1'],
  [OID.sha224, 'sha224'],
  [OID.sha256, 'sha256'],
  [OID.sha384, 'sha384'],
  [OID.sha512, 'sha512'],
]);

interface PssOptions {
  readonly hash: string;
  readonly saltLength: number;
}

/**
 * RSASSA-PSS-params (RFC 4055 3.1) as node:crypto takes them. Node's MGF1
 * uses the message hash, so other MGF1 hashes (and trailer fields) cannot be
 * checked here: undefined.
 */
function pssOptions(params: DerNode | undefined): PssOptions | undefined {
  let hash = OID.sha1 as string;
  let mgfHash = OID.sha1 as string;
  let saltLength = 20;
  let trailer = 1;
  try {
    for (const field of params ? children(params) : []) {
      const [inner] = children(field);
      if (isContext(field, 0)) hash = parseAlgorithm(inner, 'hashAlgorithm').oid;
      else if (isContext(field, 1)) {
        const mgf = parseAlgorithm(inner, 'maskGenAlgorithm');
        if (mgf.oid !== OID.mgf1) return undefined;
        mgfHash = parseAlgorithm(mgf.params, 'MGF1 hash').oid;
      } else if (isContext(field, 2)) saltLength = readSmallInteger(inner, 'saltLength');
      else if (isContext(field, 3)) trailer = readSmallInteger(inner, 'trailerField');
      else return undefined;
    }
  } catch (e) {
    if (e instanceof DerError) return undefined;
    throw e;
  }
  const name = HASH_NAMES.get(hash);
  return name && mgfHash === hash && trailer === 1 && saltLength >= 0
    ? { hash: name, saltLength }
    : undefined;
}

const JWK_CURVES: ReadonlyMap<string, { crv: string; size: number }> = new Map([
  [OID.secp256r1, { crv: 'P-256', size: 32 }],
  [OID.secp384r1, { crv: 'P-384', size: 48 }],
  [OID.secp521r1, { crv: 'P-521', size: 66 }],
  [OID.secp256k1, { crv: 'secp256k1', size: 32 }],
]);

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

function bigintBytes(v: bigint): Uint8Array {
  const hex = v.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

/**
 * The key as a KeyObject. Loading from JWK is some fifty times faster than
 * from SPKI DER with OpenSSL 3, so the common key types take that path.
 */
function loadKey(spki: PublicKeyInfo): KeyObject {
  const point = spki.key.bytes;
  if (spki.rsa && spki.algorithm.oid === OID.rsaEncryption) {
    const { modulus, exponent } = spki.rsa;
    return createPublicKey({
      key: { kty: 'RSA', n: b64url(modulus), e: b64url(bigintBytes(exponent)) },
      format: 'jwk',
    });
  }
  const curve = spki.curve === undefined ? undefined : JWK_CURVES.get(spki.curve);
  if (curve && point.length === 1 + 2 * curve.size && point[0] === 0x04) {
    const x = b64url(point.subarray(1, 1 + curve.size));
    const y = b64url(point.subarray(1 + curve.size));
    return createPublicKey({ key: { kty: 'EC', crv: curve.crv, x, y }, format: 'jwk' });
  }
  if (spki.algorithm.oid === OID.ed25519 || spki.algorithm.oid === OID.ed448) {
    const crv = spki.algorithm.oid === OID.ed25519 ? 'Ed25519' : 'Ed448';
    return createPublicKey({ key: { kty: 'OKP', crv, x: b64url(point) }, format: 'jwk' });
  }
  return createPublicKey({ key: Buffer.from(spki.der), format: 'der', type: 'spki' });
}

/** The key ready for node:crypto; undefined for a key type or curve Node does not load. */
export function publicKeyObject(spki: PublicKeyInfo): KeyObject | undefined {
  try {
    return loadKey(spki);
  } catch {
    return undefined;
  }
}

/**
 * Whether `signature` over `data` verifies under the key with the signature
 * algorithm, named by its OID or given whole (RSASSA-PSS needs the whole
 * AlgorithmIdentifier, as its parameters name the hash and salt length):
 * undefined when that cannot be checked here (an algorithm, parameters or key
 * type Node does not handle).
 */
export function verifySignature(
  spki: PublicKeyInfo,
  algorithm: string | AlgorithmIdentifier,
  data: Uint8Array,
  signature: BitString,
): boolean | undefined {
  const oid = typeof algorithm === 'string' ? algorithm : algorithm.oid;
  const pss =
    oid === OID.rsassaPss && typeof algorithm !== 'string' ? pssOptions(algorithm.params) : undefined;
  const hash = pss ? pss.hash : HASH.get(oid);
  if (hash === undefined || signature.unusedBits !== 0) return undefined;
  const key = publicKeyObject(spki);
  if (key === undefined) return undefined;
  try {
    if (pss)
      return verify(
        hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: pss.saltLength },
        signature.bytes,
      );
    return verify(hash, data, key, signature.bytes);
  } catch {
    return false; // the algorithm does not fit the key, or the signature is malformed
  }
}
