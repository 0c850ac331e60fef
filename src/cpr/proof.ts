/**
 * Proof that a reporter holds the private key of certificates they report as
 * compromised (BR 4.9.1.1 reason 3): a CSR signed with that key, or a
 * statement signed with it (`openssl dgst -sha256 -sign key.pem statement.txt
 * | base64`). Evidence is hostile input: every failure is a result with a
 * reason, never an exception.
 */
import { verify } from 'node:crypto';
import { decodePem, looksLikePem } from '../der/pem.js';
import type { Certificate } from '../x509/certificate.js';
import { parseCsr } from '../x509/csr.js';
import { formatName } from '../x509/name.js';
import { publicKeyObject, verifySignature } from '../x509/signature.js';
import { sha256Hex } from './fingerprint.js';

export type ProofEvidence =
  /** A PKCS#10 request, PEM text or DER (or PEM) bytes. */
  | { readonly method: 'csr'; readonly csr: string | Uint8Array }
  /** The statement as text (line endings may have changed in transit) or exact bytes, and a base64 signature. */
  | { readonly method: 'statement'; readonly statement: string | Uint8Array; readonly signature: string };

export interface ProofResult {
  readonly method: ProofEvidence['method'];
  /** Possession of the key of at least one referenced certificate is proven. */
  readonly verified: boolean;
  /** SHA-256 of each referenced certificate whose key is proven. */
  readonly matches: string[];
  /** Why, in words a person can pass on to the reporter. */
  readonly reason: string;
  /** CSR: SHA-256 of its SubjectPublicKeyInfo, to find every certificate with this key. */
  readonly keySha256?: string;
  /** CSR: its subject, which a person checks names this report (an old CSR proves less). */
  readonly subject?: string;
}

/** A statement is a paragraph; the bound keeps hashing it once per key and variant cheap. */
export const MAX_STATEMENT = 65_536;
/** Room for an RSA 16384 signature in base64 with line breaks. */
const MAX_SIGNATURE_BASE64 = 8_192;
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
/** Hashes tried per key type: what `openssl dgst -sha256|-sha384 -sign` makes; EdDSA signs the message itself. */
const STATEMENT_HASHES: Readonly<Record<string, readonly (string | null)[]>> = {
  rsa: ['sha256'],
  ec: ['sha256', 'sha384'],
  ed25519: [null],
};
/** OpenSSL writes ECDSA signatures in DER; WebCrypto and JOSE tools write r‖s. */
const ECDSA_ENCODINGS = ['der', 'ieee-p1363'] as const;

export function verifyKeyCompromiseProof(
  certificates: readonly Certificate[],
  evidence: ProofEvidence,
): ProofResult {
  return evidence.method === 'csr'
    ? csrProof(certificates, evidence.csr)
    : statementProof(certificates, evidence.statement, evidence.signature);
}

const failed = (method: ProofResult['method'], reason: string): ProofResult => ({
  method,
  verified: false,
  matches: [],
  reason,
});

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

function csrProof(certificates: readonly Certificate[], input: string | Uint8Array): ProofResult {
  const der = csrDer(input);
  if (der === undefined) return failed('csr', 'No certificate request found: expected a PEM or DER CSR.');
  const parsed = parseCsr(der);
  if (!parsed.ok) return failed('csr', `The CSR does not parse: ${parsed.reason} (byte ${parsed.offset}).`);
  const csr = parsed.value;
  const about = { keySha256: sha256Hex(csr.publicKey.der), subject: formatName(csr.subject) };
  const signed = verifySignature(csr.publicKey, csr.signatureAlgorithm.oid, csr.infoDer, csr.signature);
  if (signed !== true) {
    const reason =
      signed === false
        ? 'The CSR is not signed by its own key, so it proves nothing about that key.'
        : `The CSR's signature cannot be checked here (algorithm ${csr.signatureAlgorithm.oid} or its key type is not supported).`;
    return { ...failed('csr', reason), ...about };
  }
  const matches = certificates
    .filter((c) => sameBytes(c.publicKey.der, csr.publicKey.der))
    .map((c) => sha256Hex(c.der));
  const reason =
    matches.length > 0
      ? `The CSR is signed by its own key, the key of ${matches.length} of the ${certificates.length} referenced certificates.`
      : `The CSR is signed by its own key, but that key is in none of the ${certificates.length} referenced certificates.`;
  return { method: 'csr', verified: matches.length > 0, matches, reason, ...about };
}

function csrDer(input: string | Uint8Array): Uint8Array | undefined {
  if (typeof input !== 'string' && !looksLikePem(input)) return input;
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  return decodePem(text).blocks.find((b) => CSR_LABELS.has(b.label))?.der;
}

function statementProof(
  certificates: readonly Certificate[],
  statement: string | Uint8Array,
  signatureBase64: string,
): ProofResult {
  if (statement.length > MAX_STATEMENT)
    return failed('statement', `The statement is longer than ${MAX_STATEMENT} characters.`);
  if (signatureBase64.length > MAX_SIGNATURE_BASE64)
    return failed('statement', `The signature is longer than ${MAX_SIGNATURE_BASE64} characters.`);
  const signature = decodeBase64(signatureBase64);
  if (signature === undefined) return failed('statement', 'The signature is not base64.');
  if (certificates.length === 0)
    return failed('statement', 'No referenced certificate to check the signature against.');
  const messages = statementVariants(statement);
  const byKey = new Map<string, boolean | undefined>();
  const matches: string[] = [];
  let unsupported = 0;
  for (const cert of certificates) {
    const spki = Buffer.from(cert.publicKey.der).toString('base64');
    if (!byKey.has(spki)) byKey.set(spki, signedBy(cert, messages, signature));
    const result = byKey.get(spki);
    if (result === true) matches.push(sha256Hex(cert.der));
    else if (result === undefined) unsupported++;
  }
  const unchecked = unsupported > 0 ? ` ${unsupported} could not be checked (key type not supported).` : '';
  const reason =
    matches.length > 0
      ? `The signature verifies under the key of ${matches.length} of the ${certificates.length} referenced certificates.${unchecked}`
      : `The signature does not verify under the key of any of the ${certificates.length} referenced certificates: the statement differs from what was signed, or another key signed it.${unchecked}`;
  return { method: 'statement', verified: matches.length > 0, matches, reason };
}

function decodeBase64(text: string): Uint8Array | undefined {
  const b64 = text.replace(/\s+/g, '');
  if (b64.length === 0 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** The statement as signed may end with a newline, and mail may have turned LF into CRLF. */
function statementVariants(statement: string | Uint8Array): Uint8Array[] {
  if (typeof statement !== 'string') return [statement];
  const lf = statement.replace(/\r\n/g, '\n');
  const trimmed = lf.trimEnd();
  return [...new Set([statement, lf, trimmed, `${trimmed}\n`])].map((s) => new Uint8Array(Buffer.from(s)));
}

/** Whether one of the messages was signed by the certificate's key; undefined when the key type is not supported. */
function signedBy(
  cert: Certificate,
  messages: readonly Uint8Array[],
  signature: Uint8Array,
): boolean | undefined {
  const key = publicKeyObject(cert.publicKey);
  const type = key?.asymmetricKeyType;
  const hashes = type === undefined ? undefined : STATEMENT_HASHES[type];
  if (key === undefined || hashes === undefined) return undefined;
  const encodings = type === 'ec' ? ECDSA_ENCODINGS : (['der'] as const);
  for (const message of messages)
    for (const hash of hashes)
      for (const dsaEncoding of encodings) {
        try {
          if (verify(hash, message, { key, dsaEncoding }, signature)) return true;
        } catch {
          // a signature of the wrong shape for this key: not a match
        }
      }
  return false;
}
