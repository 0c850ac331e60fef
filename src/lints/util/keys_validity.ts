/**
 * Helpers for the key, signature-algorithm, key-usage, validity-period and
 * serial-number lints: the exact encodings BR 7.1.3 and the Mozilla Root Store
 * Policy 5.1 list, small-prime trial division for RSA moduli, DSA key decoding
 * and the inclusive validity arithmetic of RFC 5280 4.1.2.5.
 */
import { expectSequence, parseDer } from '../../der/node.js';
import { integerToBigInt, readInteger } from '../../der/primitives.js';
import { fail, type Outcome, pass } from '../../lint/types.js';
import type { RsaKey } from '../../x509/algorithm.js';
import type { Certificate } from '../../x509/certificate.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { bytesEqual } from '../../x509/ip.js';
import { OID } from '../../x509/oids.js';

const fromHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** True when `der` is byte-for-byte one of `allowed`. */
export function oneOf(der: Uint8Array, allowed: readonly Uint8Array[]): boolean {
  return allowed.some((a) => bytesEqual(a, der));
}

// ---- exact AlgorithmIdentifier encodings ----------------------------------------------------

/** BR 7.1.3.1.1 / Mozilla 5.1.1: rsaEncryption with an explicit NULL. */
export const SPKI_RSA = fromHex('300d06092a864886f70d0101010500');
/** BR 7.1.3.1.2 / Mozilla 5.1.2: id-ecPublicKey with the named curve. */
export const SPKI_P256 = fromHex('301306072a8648ce3d020106082a8648ce3d030107');
export const SPKI_P384 = fromHex('301006072a8648ce3d020106052b81040022');
export const SPKI_P521 = fromHex('301006072a8648ce3d020106052b81040023');
export const SPKI_ECDSA: readonly Uint8Array[] = [SPKI_P256, SPKI_P384, SPKI_P521];
export const SPKI_ALLOWED: readonly Uint8Array[] = [SPKI_RSA, ...SPKI_ECDSA];

/** Mozilla 5.1.2 / BR 7.1.3.2.2: ecdsa-with-SHA256/384/512, parameters absent. */
export const SIG_ECDSA_SHA256 = fromHex('300a06082a8648ce3d040302');
export const SIG_ECDSA_SHA384 = fromHex('300a06082a8648ce3d040303');
export const SIG_ECDSA_SHA512 = fromHex('300a06082a8648ce3d040304');
export const SIG_ECDSA: readonly Uint8Array[] = [SIG_ECDSA_SHA256, SIG_ECDSA_SHA384, SIG_ECDSA_SHA512];

/** Mozilla 5.1.1 / BR 7.1.3.2.1: RSASSA-PSS with SHA-256/384/512, MGF1 of the same hash, salt = hash length. */
const pss = (hashArc: string, salt: string): Uint8Array =>
  fromHex(
    `304106092a864886f70d01010a3034a00f300d06096086480165030402${hashArc}0500` +
      `a11c301a06092a864886f70d010108300d06096086480165030402${hashArc}0500a2030201${salt}`,
  );
export const SIG_PSS: readonly Uint8Array[] = [pss('01', '20'), pss('02', '30'), pss('03', '40')];

/** RSA signature (and key) algorithms whose AlgorithmIdentifier carries a NULL (RFC 3279 2.2.1, RFC 4055 5). */
const RSA_WITH_NULL = [
  OID.rsaEncryption,
  OID.md2WithRSA,
  OID.md5WithRSA,
  OID.sha1WithRSA,
  OID.sha224WithRSA,
  OID.sha256WithRSA,
  OID.sha384WithRSA,
  OID.sha512WithRSA,
];
const NULL_ENCODED = new Map<string, Uint8Array>(
  RSA_WITH_NULL.map((oid) => {
    const last = Number(oid.split('.').pop());
    return [oid, fromHex(`300d06092a864886f70d0101${last.toString(16).padStart(2, '0')}0500`)];
  }),
);

/** The one correct encoding (with a NULL) of an RSA PKCS #1 v1.5 algorithm, or undefined for other OIDs. */
export function rsaNullEncoding(oid: string): Uint8Array | undefined {
  return NULL_ENCODED.get(oid);
}

// ---- signature algorithms ---------------------------------------------------------------------

/** sha1WithRSAEncryption as OIW registered it; some old toolkits (makecert) emit it. */
export const OID_ISO_SHA1_WITH_RSA = '1.3.14.3.2.29';

export const SHA1_SIGNATURES: ReadonlySet<string> = new Set([
  OID.sha1WithRSA,
  OID_ISO_SHA1_WITH_RSA,
  OID.dsaWithSha1,
  OID.ecdsaWithSha1,
]);

export const ECDSA_SIGNATURES: ReadonlySet<string> = new Set([
  OID.ecdsaWithSha1,
  OID.ecdsaWithSha224,
  OID.ecdsaWithSha256,
  OID.ecdsaWithSha384,
  OID.ecdsaWithSha512,
]);

// ---- keys ---------------------------------------------------------------------------------------

/** The decoded rsaEncryption key with a positive modulus and exponent, else undefined. */
export function rsaKey(cert: Certificate): RsaKey | undefined {
  if (cert.publicKey.algorithm.oid !== OID.rsaEncryption) return undefined;
  const key = cert.publicKey.rsa;
  if (!key || key.exponent <= 0n || key.bits === 0) return undefined;
  return key;
}

/**
 * Primes below 752 (BR 6.1.6, NIST SP 800-89 5.3.3), hoisted and grouped so
 * that each group's product stays below 2^53. BigInt remainders cost by the
 * operation, so the modulus is first reduced by the product of all the primes
 * (about 1,040 bits), then that once per group, leaving a Number below 2^53 in
 * which every prime of the group is tried exactly.
 */
const PRIMES_BELOW_752: readonly number[] = (() => {
  const primes: number[] = [];
  for (let n = 2; n < 752; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
})();
const PRIMORIAL = PRIMES_BELOW_752.reduce((product, p) => product * BigInt(p), 1n);
const PRIME_GROUPS: readonly { readonly product: bigint; readonly primes: readonly number[] }[] = (() => {
  const groups: { product: bigint; primes: number[] }[] = [];
  let product = 1;
  let members: number[] = [];
  for (const p of PRIMES_BELOW_752) {
    if (product * p >= 2 ** 53) {
      groups.push({ product: BigInt(product), primes: members });
      product = 1;
      members = [];
    }
    product *= p;
    members.push(p);
  }
  groups.push({ product: BigInt(product), primes: members });
  return groups;
})();

/** The smallest prime below 752 dividing the big-endian unsigned integer, or undefined (trial division). */
export function smallFactor(magnitude: Uint8Array): number | undefined {
  const reduced = bigIntOf(magnitude) % PRIMORIAL;
  for (const group of PRIME_GROUPS) {
    const r = Number(reduced % group.product);
    // Exact: r < 2^53 and p < 2^10, so the floored quotient is never off by one.
    for (const p of group.primes) if (r - Math.floor(r / p) * p === 0) return p;
  }
  return undefined;
}

export function bigIntOf(magnitude: Uint8Array): bigint {
  return magnitude.length === 0 ? 0n : BigInt(`0x${toHex(magnitude)}`);
}

export function bitLength(v: bigint): number {
  return v <= 0n ? 0 : v.toString(2).length;
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    e >>= 1n;
    b = (b * b) % modulus;
  }
  return result;
}

export interface DsaKey {
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
  readonly y: bigint;
}

/** Dss-Parms (RFC 3279 2.3.2) from the SPKI parameters; undefined when absent or malformed. */
export function dsaParams(cert: Certificate): Omit<DsaKey, 'y'> | undefined {
  const node = cert.publicKey.algorithm.params;
  if (cert.publicKey.algorithm.oid !== OID.dsa || node === undefined) return undefined;
  try {
    const [p, q, g, extra] = expectSequence(node, 'Dss-Parms');
    if (extra !== undefined) return undefined;
    const values = [p, q, g].map((n) => integerToBigInt(readInteger(n, 'Dss-Parms')));
    const [pv = 0n, qv = 0n, gv = 0n] = values;
    return { p: pv, q: qv, g: gv };
  } catch {
    return undefined;
  }
}

/** A DSA key whose parameters and public value y (RFC 3279 2.3.2) all decode. */
export function dsaKey(cert: Certificate): DsaKey | undefined {
  const params = dsaParams(cert);
  if (!params || cert.publicKey.key.unusedBits !== 0) return undefined;
  try {
    const y = integerToBigInt(readInteger(parseDer(cert.publicKey.key.bytes), 'DSAPublicKey'));
    return { ...params, y };
  } catch {
    return undefined;
  }
}

// ---- key usage ----------------------------------------------------------------------------------

const KU_NAMES = Object.entries(KeyUsageBit).map(([name, bit]) => ({ name, bit }));

/** Names of the defined keyUsage bits (0–8) that are set; bits beyond decipherOnly are ignored, as zlint does. */
export function keyUsageNames(cert: Certificate, bits: readonly number[]): string[] {
  const ku = cert.extensions.keyUsage;
  if (!ku) return [];
  return KU_NAMES.filter((k) => bits.includes(k.bit) && ku.has(k.bit)).map((k) => k.name);
}

export function hasKeyUsageExtension(cert: Certificate): boolean {
  return cert.extensions.byOid.has(OID.keyUsage);
}

export function hasKu(cert: Certificate, bit: number): boolean {
  return cert.extensions.keyUsage?.has(bit) === true;
}

// ---- validity -----------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** The validity period in milliseconds, notBefore through notAfter inclusive (RFC 5280 4.1.2.5). */
export function validityMs(cert: Certificate): number {
  return cert.notAfter.ms + 1000 - cert.notBefore.ms;
}

/** Whether the inclusive validity period exceeds `days` days of 86,400 seconds. */
export function validityLongerThanDays(cert: Certificate, days: number): boolean {
  return validityMs(cert) > days * DAY_MS;
}

/** Passes when the inclusive validity period is at most `days` days, else fails stating the period. */
export function validityAtMostDays(cert: Certificate, days: number): Outcome {
  return validityLongerThanDays(cert, days) ? fail(validityDetails(cert)) : pass;
}

export function validityDetails(cert: Certificate): string {
  const ms = validityMs(cert);
  const days = Math.floor(ms / DAY_MS);
  const rest = Math.round((ms - days * DAY_MS) / 1000);
  return `validity period is ${days} days${rest ? ` and ${rest} seconds` : ''}`;
}

// ---- serial numbers -----------------------------------------------------------------------------

/** The serial's magnitude without sign or leading zero octets (Go's big.Int.Bytes()). */
export function serialMagnitude(cert: Certificate): Uint8Array {
  let bytes = cert.serial.bytes;
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  bytes = bytes.subarray(start);
  if (!cert.serial.negative) return bytes;
  const v = -integerToBigInt(cert.serial);
  return Uint8Array.from(
    Buffer.from(v.toString(16).padStart(2 * Math.ceil(v.toString(16).length / 2), '0'), 'hex'),
  );
}
