/**
 * Hand-built SubjectPublicKeyInfos, algorithm identifiers and validity windows
 * for the key, algorithm and validity lint tests (batch keys_validity).
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { bitString, type Der, explicit, integer, nullValue, oid, sequence } from '../../src/der/encode.js';
import { OID } from '../../src/x509/oids.js';
import { type CertOptions, type KeyName, key, root, subCA } from '../support/certs.js';

const DAY = 86_400_000;

/** An rsaEncryption SPKI with the given modulus and exponent; `params` null omits the parameters. */
export function rsaSpki(n: bigint, e = 65537n, params: Der | null = nullValue()): Der {
  return sequence(
    sequence(oid(OID.rsaEncryption), ...(params ? [params] : [])),
    bitString(sequence(integer(n), integer(e))),
  );
}

/** The modulus of one of the test keys (a real product of two large primes). */
export function realModulus(name: KeyName = 'rsa2048'): bigint {
  const jwk = createPublicKey({ key: Buffer.from(key(name).spki), format: 'der', type: 'spki' }).export({
    format: 'jwk',
  });
  return BigInt(`0x${Buffer.from(jwk.n as string, 'base64url').toString('hex')}`);
}

/** An odd number of exactly `bits` bits (not a real RSA modulus: only its size matters). */
export const oddOfBits = (bits: number): bigint => (1n << BigInt(bits - 1)) | 0x1235n;

/** A DSA SPKI; `withParams` false leaves the Dss-Parms out (inherited parameters). */
export function dsaSpki(p: bigint, q: bigint, g: bigint, y: bigint, withParams = true): Der {
  return sequence(
    sequence(oid(OID.dsa), ...(withParams ? [sequence(integer(p), integer(q), integer(g))] : [])),
    bitString(integer(y)),
  );
}

/** An id-ecPublicKey SPKI with the given parameters (a named curve OID by default) and a dummy point. */
export function ecSpki(params: Der): Der {
  return sequence(
    sequence(oid(OID.ecPublicKey), params),
    bitString(Uint8Array.of(4, ...new Array(64).fill(7))),
  );
}

/** An RSA key as Node exports an RSASSA-PSS key: SubjectPublicKeyInfo with the id-RSASSA-PSS OID. */
let pss: Der | undefined;
export function pssSpki(): Der {
  if (pss) return pss;
  const { publicKey } = generateKeyPairSync('rsa-pss', {
    modulusLength: 2048,
    hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha256',
  });
  pss = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  return pss;
}

/** RSASSA-PSS AlgorithmIdentifier (hash 1 = SHA-256, 2 = SHA-384, 3 = SHA-512), salt and hash-parameter options. */
export function pssAlg(hash: 1 | 2 | 3, salt: number, hashParams = true): Der {
  const hashAlg = sequence(oid(`2.16.840.1.101.3.4.2.${hash}`), ...(hashParams ? [nullValue()] : []));
  return sequence(
    oid(OID.rsassaPss),
    sequence(explicit(0, hashAlg), explicit(1, sequence(oid(OID.mgf1), hashAlg)), explicit(2, integer(salt))),
  );
}

/** notBefore at `from` and notAfter such that the inclusive validity is `days` days plus `extraSeconds`. */
export function validity(from: string, days: number, extraSeconds = 0): { notBefore: Date; notAfter: Date } {
  const notBefore = new Date(from);
  return { notBefore, notAfter: new Date(notBefore.getTime() + days * DAY - 1000 + extraSeconds * 1000) };
}

/** A window of `days` days starting at `from`, for rules keyed on issuance or expiry dates. */
export const issued = (from: string, days = 90) => validity(from, days);

/** The default subordinate CA, signed by the 2048-bit test key (3072-bit key generation is slow). */
export const ca = (o: CertOptions = {}): Uint8Array => subCA({ signer: 'rsa2048', ...o });

/** The default root, with the 2048-bit test key. */
export const rootCA = (o: CertOptions = {}): Uint8Array => root({ key: 'rsa2048', ...o });
