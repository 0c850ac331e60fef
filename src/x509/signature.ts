/**
 * Signature checks with node:crypto over the views' own fields: a
 * certificate's or a CSR's self-signature, and any signature a key in a
 * SubjectPublicKeyInfo is claimed to have made.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { BitString } from '../der/primitives.js';
import type { PublicKeyInfo } from './algorithm.js';
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
 * Whether `signature` over `data` verifies under the key with the named
 * signature algorithm: undefined when that cannot be checked here (an
 * algorithm or key type Node does not handle).
 */
export function verifySignature(
  spki: PublicKeyInfo,
  algorithmOid: string,
  data: Uint8Array,
  signature: BitString,
): boolean | undefined {
  const hash = HASH.get(algorithmOid);
  if (hash === undefined || signature.unusedBits !== 0) return undefined;
  const key = publicKeyObject(spki);
  if (key === undefined) return undefined;
  try {
    return verify(hash, data, key, signature.bytes);
  } catch {
    return false; // the algorithm does not fit the key, or the signature is malformed
  }
}
