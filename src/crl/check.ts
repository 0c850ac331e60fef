/**
 * One CRL, checked: read, parsed, its signature and issuer verified, linted, its times held to the
 * rules, its CRLNumber compared with the last one seen. Pure: the caller fetches the bytes and
 * supplies what it knows (the issuer, the previous check, the certificates covered).
 */
import { createHash } from 'node:crypto';
import { integerToBigInt } from '../der/primitives.js';
import { issuingDistributionPoint } from '../lints/util/ev_crl.js';
import type { Certificate } from '../x509/certificate.js';
import { isRootCA } from '../x509/classify.js';
import { type Crl, parseCrl } from '../x509/crl.js';
import { crlDer } from './decode.js';
import { checkIssuer, type SignatureStatus } from './issuer.js';
import { lintProblems } from './lints.js';
import { type CrlProblem, problem } from './problem.js';
import { type CrlScope, timingProblems } from './timing.js';

export interface PreviousCheck {
  readonly sha256: string | null;
  /** Decimal. */
  readonly crlNumber: string | null;
}

export interface CrlCheckOptions {
  readonly now: number;
  readonly issuer?: Certificate | undefined;
  /** The last check of the same source whose CRL carried a number. */
  readonly previous?: PreviousCheck | undefined;
  readonly everyCertificateHasOcsp?: boolean | undefined;
}

export interface CrlEntry {
  /** Lower-case hex, as certificates.serial. */
  readonly serial: string;
  readonly revokedAt: number;
  /** null when the entry has no reasonCode extension. */
  readonly reasonCode: number | null;
}

export interface CrlCheck {
  /** SHA-256 of the CRL's DER (of the bytes when they hold no CRL); null when nothing came. */
  readonly sha256: string | null;
  readonly crl?: Crl;
  readonly scope: CrlScope;
  readonly signature: SignatureStatus;
  readonly problems: readonly CrlProblem[];
  /** The CRL's entries, once each. */
  readonly entries: readonly CrlEntry[];
}

export type ReadCrl =
  { readonly ok: true; readonly crl: Crl } | { readonly ok: false; readonly check: CrlCheck };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function failed(digest: string | null, signature: SignatureStatus, failure: CrlProblem): CrlCheck {
  return { sha256: digest, scope: 'subscriber', signature, problems: [failure], entries: [] };
}

/** A source that gave nothing: a failed download or an unreadable file. */
export const unavailable = (reason: string): CrlCheck =>
  failed(
    null,
    'unavailable',
    problem('error', 'crl_unavailable', 'BR 4.9.7, 4.10.2', `the CRL could not be obtained: ${reason}`),
  );

/** The CRL in the bytes a source served (DER or PEM), or the failed check saying why there is none. */
export function readCrl(bytes: Uint8Array): ReadCrl {
  const unreadable = (digest: string, why: string): ReadCrl => ({
    ok: false,
    check: failed(
      digest,
      'unreadable',
      problem('error', 'crl_unreadable', 'RFC 5280 5.1', `no CRL could be read: ${why}`),
    ),
  });
  const decoded = crlDer(bytes);
  if (!decoded.ok) return unreadable(sha256(bytes), decoded.reason);
  const parsed = parseCrl(decoded.der);
  if (!parsed.ok) return unreadable(sha256(decoded.der), `${parsed.reason} (byte ${parsed.offset})`);
  return { ok: true, crl: parsed.value };
}

export function checkParsedCrl(crl: Crl, options: CrlCheckOptions): CrlCheck {
  const digest = sha256(crl.der);
  const scope = scopeOf(crl, options.issuer);
  const issuer = checkIssuer(crl, options.issuer);
  const problems = [
    ...issuer.problems,
    ...lintProblems(crl.der),
    ...timingProblems(crl, {
      now: options.now,
      scope,
      everyCertificateHasOcsp: options.everyCertificateHasOcsp,
    }),
    ...numberProblems(crl, digest, options.previous),
  ];
  return { sha256: digest, crl, scope, signature: issuer.signature, problems, entries: entriesOf(crl) };
}

export function checkCrl(bytes: Uint8Array, options: CrlCheckOptions): CrlCheck {
  const read = readCrl(bytes);
  return read.ok ? checkParsedCrl(read.crl, options) : read.check;
}

/**
 * A CRL of CA certificates: its IssuingDistributionPoint says so, or a root signed it (BR 6.1.7: a
 * root's key signs no subscriber certificates).
 */
function scopeOf(crl: Crl, issuer: Certificate | undefined): CrlScope {
  const idp = issuingDistributionPoint(crl);
  if (idp !== undefined && idp !== 'malformed' && idp.onlyContainsCACerts) return 'ca';
  return issuer !== undefined && isRootCA(issuer) ? 'ca' : 'subscriber';
}

export const crlNumberOf = (crl: Crl): string | null =>
  crl.crlNumber ? integerToBigInt(crl.crlNumber).toString() : null;

function numberProblems(crl: Crl, digest: string, previous: PreviousCheck | undefined): CrlProblem[] {
  const number = crlNumberOf(crl);
  if (!previous || previous.crlNumber === null || number === null || previous.sha256 === digest) return [];
  if (BigInt(number) > BigInt(previous.crlNumber)) return [];
  return [
    problem(
      'error',
      'crl_number_not_increasing',
      'RFC 5280 5.2.3; BR 7.2.2',
      `CRLNumber ${number} of a new CRL is not above ${previous.crlNumber}, the number of the CRL checked before`,
    ),
  ];
}

/** Lower-case hex without the sign octet DER puts before a high bit: how certificates.serial reads. */
const serialText = (bytes: Uint8Array): string =>
  Buffer.from(bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes).toString('hex');

function entriesOf(crl: Crl): CrlEntry[] {
  const seen = new Map<string, CrlEntry>();
  for (const e of crl.revoked) {
    const serial = serialText(e.serial.bytes);
    if (!seen.has(serial))
      seen.set(serial, { serial, revokedAt: e.revocationDate.ms, reasonCode: e.reasonCode ?? null });
  }
  return [...seen.values()];
}
