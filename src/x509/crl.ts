import { fail } from '../der/error.js';
import {
  children,
  type DerNode,
  encoded,
  expectSequence,
  isContext,
  isUniversal,
  parseDer,
  Tag,
} from '../der/node.js';
import {
  type BitString,
  type DerInteger,
  readBitString,
  readEnumerated,
  readInteger,
  readSmallInteger,
} from '../der/primitives.js';
import { type DerTime, readTime } from '../der/time.js';
import { type AlgorithmIdentifier, parseAlgorithm } from './algorithm.js';
import { type Parsed, parsing } from './certificate.js';
import { EMPTY_EXTENSIONS, type Extensions, parseExtensionList } from './extensions.js';
import { type Name, parseName } from './name.js';
import { OID } from './oids.js';

export interface RevokedEntry {
  readonly serial: DerInteger;
  readonly revocationDate: DerTime;
  readonly extensions: Extensions;
  /** CRLReason (RFC 5280 5.3.1) when the reasonCode extension is present. */
  readonly reasonCode?: number;
}

export interface Crl {
  readonly kind: 'crl';
  readonly der: Uint8Array;
  readonly tbsDer: Uint8Array;
  /** 1 or 2 (the encoded value plus one; absent means 1). */
  readonly version: number;
  readonly tbsSignature: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: BitString;
  readonly issuer: Name;
  readonly thisUpdate: DerTime;
  readonly nextUpdate?: DerTime;
  readonly revoked: readonly RevokedEntry[];
  readonly extensions: Extensions;
  readonly crlNumber?: DerInteger;
  readonly isDelta: boolean;
}

export function parseCrl(der: Uint8Array): Parsed<Crl> {
  return parsing(() => readCrl(der));
}

function readCrl(der: Uint8Array): Crl {
  const [tbsNode, algNode, sigNode, extra] = expectSequence(parseDer(der), 'CertificateList');
  if (extra !== undefined) fail(extra.start, 'CertificateList: extra fields');
  const signatureAlgorithm = parseAlgorithm(algNode, 'signatureAlgorithm');
  const signature = readBitString(sigNode, 'signatureValue');
  const fields = expectSequence(tbsNode, 'tbsCertList');
  let i = 0;
  let version = 1;
  if (isUniversal(fields[0], Tag.INTEGER)) {
    version = readSmallInteger(fields[0], 'version') + 1;
    i = 1;
  }
  const tbsSignature = parseAlgorithm(fields[i++], 'tbsCertList signature');
  const issuer = parseName(fields[i++], 'issuer');
  const thisUpdate = readTime(fields[i++], 'thisUpdate');
  let nextUpdate: DerTime | undefined;
  const next = fields[i];
  if (next && (isUniversal(next, Tag.UTC_TIME) || isUniversal(next, Tag.GENERALIZED_TIME))) {
    nextUpdate = readTime(next, 'nextUpdate');
    i++;
  }
  let revoked: RevokedEntry[] = [];
  if (isUniversal(fields[i], Tag.SEQUENCE)) revoked = children(fields[i++] as DerNode).map(readEntry);
  let extensions = EMPTY_EXTENSIONS;
  const extField = fields[i];
  if (extField !== undefined) {
    if (!isContext(extField, 0)) fail(extField.start, 'tbsCertList: unexpected field');
    const [list] = children(extField);
    if (list === undefined) fail(extField.start, 'crlExtensions: empty');
    extensions = parseExtensionList(list, 'crlExtensions');
    i++;
  }
  if (fields[i] !== undefined) fail((fields[i] as DerNode).start, 'tbsCertList: extra fields');
  const crlNumberExt = extensions.byOid.get(OID.crlNumber);
  return {
    kind: 'crl',
    der,
    tbsDer: encoded(tbsNode as DerNode),
    version,
    tbsSignature,
    signatureAlgorithm,
    signature,
    issuer,
    thisUpdate,
    ...(nextUpdate && { nextUpdate }),
    revoked,
    extensions,
    ...(crlNumberExt && { crlNumber: readInteger(parseDer(crlNumberExt.value), 'cRLNumber') }),
    isDelta: extensions.byOid.has(OID.deltaCrlIndicator),
  };
}

function readEntry(node: DerNode): RevokedEntry {
  const [serialNode, dateNode, extNode, extra] = expectSequence(node, 'revokedCertificate');
  if (extra !== undefined) fail(extra.start, 'revokedCertificate: extra fields');
  const extensions = extNode ? parseExtensionList(extNode, 'crlEntryExtensions') : EMPTY_EXTENSIONS;
  const reasonExt = extensions.byOid.get(OID.crlReason);
  return {
    serial: readInteger(serialNode, 'userCertificate'),
    revocationDate: readTime(dateNode, 'revocationDate'),
    extensions,
    ...(reasonExt && { reasonCode: readEnumerated(parseDer(reasonExt.value), 'reasonCode') }),
  };
}
