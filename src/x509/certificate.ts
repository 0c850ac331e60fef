import { bitString, sequence } from '../der/encode.js';
import { DerError, fail } from '../der/error.js';
import {
  asUniversal,
  children,
  type DerNode,
  encoded,
  expectSequence,
  isContext,
  parseDer,
  Tag,
} from '../der/node.js';
import {
  type BitString,
  type DerInteger,
  readBitString,
  readInteger,
  readSmallInteger,
} from '../der/primitives.js';
import { type DerTime, readTime } from '../der/time.js';
import {
  type AlgorithmIdentifier,
  type PublicKeyInfo,
  parseAlgorithm,
  parsePublicKeyInfo,
} from './algorithm.js';
import { EMPTY_EXTENSIONS, type Extensions, parseExtensionList } from './extensions.js';
import { type Name, parseName } from './name.js';
import { OID } from './oids.js';

/** What was handed in: a signed certificate, an RFC 6962 precertificate, or a tbsCertificate not yet signed. */
export type CertificateKind = 'certificate' | 'precertificate' | 'tbsCertificate';

export interface Certificate {
  readonly kind: CertificateKind;
  readonly der: Uint8Array;
  readonly tbsDer: Uint8Array;
  /** 1, 2 or 3 (the encoded value plus one). */
  readonly version: number;
  /** True when the [0] version field is present (DER requires it absent for v1). */
  readonly versionEncoded: boolean;
  readonly serial: DerInteger;
  readonly tbsSignature: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: BitString;
  readonly issuer: Name;
  readonly subject: Name;
  readonly notBefore: DerTime;
  readonly notAfter: DerTime;
  readonly publicKey: PublicKeyInfo;
  readonly issuerUniqueId?: BitString;
  readonly subjectUniqueId?: BitString;
  /** True when the [3] extensions field is present, even if empty. */
  readonly extensionsPresent: boolean;
  readonly extensions: Extensions;
}

/** A parse failure: the byte offset and what was wrong there. */
export interface ParseFailure {
  readonly ok: false;
  readonly offset: number;
  readonly reason: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | ParseFailure;

/** Runs a parser, turning DER violations into a value; any other exception is a bug and propagates. */
export function parsing<T>(parse: () => T): Parsed<T> {
  try {
    return { ok: true, value: parse() };
  } catch (e) {
    if (e instanceof DerError) return { ok: false, offset: e.offset, reason: e.reason };
    if (e instanceof RangeError && /call stack/i.test(e.message))
      return { ok: false, offset: 0, reason: 'nesting too deep' };
    throw e;
  }
}

export function parseCertificate(der: Uint8Array): Parsed<Certificate> {
  return parsing(() => readCertificate(der, 'certificate'));
}

/**
 * Parses a to-be-signed certificate by wrapping it, as the CA will, in a
 * Certificate with the tbsCertificate's own algorithm and an empty signature,
 * so it is linted exactly as the signed certificate would be.
 */
export function parseTbsCertificate(tbsDer: Uint8Array): Parsed<Certificate> {
  return parsing(() => {
    const tbs = expectSequence(parseDer(tbsDer), 'tbsCertificate');
    const algNode = tbs[0] && isContext(tbs[0], 0) ? tbs[2] : tbs[1];
    if (algNode === undefined) fail(0, 'tbsCertificate: missing signature algorithm');
    return readCertificate(
      sequence(tbsDer, encoded(algNode), bitString(new Uint8Array(0))),
      'tbsCertificate',
    );
  });
}

function readCertificate(der: Uint8Array, declared: 'certificate' | 'tbsCertificate'): Certificate {
  const [tbsNode, sigAlgNode, sigNode, extra] = expectSequence(parseDer(der), 'certificate');
  if (extra !== undefined) fail(extra.start, 'certificate: extra fields after signature');
  const signatureAlgorithm = parseAlgorithm(sigAlgNode, 'signatureAlgorithm');
  const signature = readBitString(sigNode, 'signatureValue');
  return readTbs(tbsNode, { der, declared, signatureAlgorithm, signature });
}

interface Envelope {
  der: Uint8Array;
  declared: 'certificate' | 'tbsCertificate';
  signatureAlgorithm: AlgorithmIdentifier;
  signature: BitString;
}

function readTbs(node: DerNode | undefined, envelope: Envelope): Certificate {
  const fields = expectSequence(node, 'tbsCertificate');
  let i = 0;
  let version = 1;
  let versionEncoded = false;
  if (isContext(fields[0], 0)) {
    const [v, extra] = children(fields[0] as DerNode);
    if (extra !== undefined) fail(extra.start, 'version: extra fields');
    version = readSmallInteger(v, 'version') + 1;
    versionEncoded = true;
    i = 1;
  }
  const serial = readInteger(fields[i], 'serialNumber');
  const tbsSignature = parseAlgorithm(fields[i + 1], 'tbsCertificate signature');
  const issuer = parseName(fields[i + 2], 'issuer');
  const [nb, na, vExtra] = expectSequence(fields[i + 3], 'validity');
  if (vExtra !== undefined) fail(vExtra.start, 'validity: extra fields');
  const notBefore = readTime(nb, 'notBefore');
  const notAfter = readTime(na, 'notAfter');
  const subject = parseName(fields[i + 4], 'subject');
  const publicKey = parsePublicKeyInfo(fields[i + 5], 'subjectPublicKeyInfo');
  const optional: { issuerUniqueId?: BitString; subjectUniqueId?: BitString } = {};
  let extensions = EMPTY_EXTENSIONS;
  let extensionsPresent = false;
  let lastTag = 0;
  for (const f of fields.slice(i + 6)) {
    if (f.cls !== 2 || f.tag <= lastTag || f.tag > 3)
      fail(f.start, 'tbsCertificate: unexpected or misordered field');
    lastTag = f.tag;
    if (f.tag === 1)
      optional.issuerUniqueId = readBitString(asUniversal(f, Tag.BIT_STRING), 'issuerUniqueID');
    else if (f.tag === 2)
      optional.subjectUniqueId = readBitString(asUniversal(f, Tag.BIT_STRING), 'subjectUniqueID');
    else {
      const [list, extra] = children(f);
      if (list === undefined || extra !== undefined) fail(f.start, 'extensions: expected one SEQUENCE');
      extensions = parseExtensionList(list, 'extensions');
      extensionsPresent = true;
    }
  }
  const poisoned = extensions.byOid.has(OID.ctPoison);
  return {
    kind:
      envelope.declared === 'tbsCertificate' ? 'tbsCertificate' : poisoned ? 'precertificate' : 'certificate',
    der: envelope.der,
    tbsDer: encoded(node as DerNode),
    signatureAlgorithm: envelope.signatureAlgorithm,
    signature: envelope.signature,
    version,
    versionEncoded,
    serial,
    tbsSignature,
    issuer,
    notBefore,
    notAfter,
    subject,
    publicKey,
    ...optional,
    extensionsPresent,
    extensions,
  };
}
