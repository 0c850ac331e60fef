/**
 * Helpers for the EV Guidelines and CRL profile lints: the dates not (yet) in
 * RuleDate, calendar arithmetic as zlint does it, and decoders for the parts
 * of a certificate or CRL the shared model keeps raw (the CA/B Forum
 * organizationIdentifier extension, the CRL IssuingDistributionPoint, and the
 * encoding of the revokedCertificates field).
 */

import {
  CONTEXT,
  children,
  contents,
  type DerNode,
  isContext,
  isUniversal,
  parseDer,
  Tag,
} from '../../der/node.js';
import { latin1 } from '../../der/strings.js';
import type { Certificate } from '../../x509/certificate.js';
import type { Crl } from '../../x509/crl.js';
import { type GeneralName, parseGeneralName } from '../../x509/generalName.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

const DAY_MS = 86_400_000;

export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}

// ---- names ---------------------------------------------------------------------------------------

/** Every dNSName of the SAN and every subject commonName, as zlint gathers a certificate's names. */
export function subjectNames(cert: Certificate): string[] {
  const out: string[] = [];
  for (const n of cert.extensions.subjectAltName ?? []) if (n.tag === 2) out.push(n.value);
  out.push(...attributeValues(cert.subject, OID.commonName));
  return out;
}

/** Non-empty values of a subject attribute. */
export function nonEmpty(cert: Certificate, type: string): string[] {
  return attributeValues(cert.subject, type).filter((v) => v !== '');
}

// ---- organizationIdentifier (EVG 9.2.8 / 7.1.4.2.8) ----------------------------------------------

export interface OrgId {
  readonly scheme: string;
  readonly country: string;
  readonly state: string;
  readonly reference: string;
}

const ORG_ID = /^([A-Z]{3})([A-Z]{2})(?:\+([A-Z]{2}))?-(.+)$/s;
const PSD_ORG_ID = /^([A-Z]{3})([A-Z]{2})(?:\+([A-Z]{2}))?-[A-Z]*-(.+)$/s;

/**
 * Splits a subject:organizationIdentifier of the EVG form SSSCC[+ST]-reference;
 * undefined if it is not of that form. With `psd`, the reference is what follows
 * the National Competent Authority identifier (PSDBE-NBB-1234.567.890 gives 1234.567.890).
 */
export function parseSubjectOrgId(value: string, psd = false): OrgId | undefined {
  const m = (psd ? PSD_ORG_ID : ORG_ID).exec(value);
  if (!m) return undefined;
  return { scheme: m[1] as string, country: m[2] as string, state: m[3] ?? '', reference: m[4] as string };
}

const NTR_FORM = /^NTR[A-Z]{2}(?:\+[A-Z]{2})?-.+$/s;
const VAT_PSD_FORM = /^(?:VAT|PSD)[A-Z]{2}-.+$/s;
const LEI_FORM = /^LEIXG-.+$/s;

/** Why a subject:organizationIdentifier breaks the EVG format, or undefined when it is well formed. */
export function subjectOrgIdProblem(value: string): string | undefined {
  if (NTR_FORM.test(value) || VAT_PSD_FORM.test(value)) return undefined;
  if (LEI_FORM.test(value))
    return 'the EV Guidelines do not allow the LEI scheme in subject:organizationIdentifier';
  return `subject:organizationIdentifier '${value}' is not of the form SSSCC[+ST]-reference with scheme NTR, VAT or PSD`;
}

export interface CabfOrgIdExtension extends OrgId {
  /** Why the encoding breaks the ASN.1 module of EVG 9.8.2, if it does. */
  readonly encodingProblem?: string;
}

const cabfCache = new WeakMap<Certificate, CabfOrgIdExtension | null>();

/**
 * The cabfOrganizationIdentifier extension (EVG 9.8.2):
 * SEQUENCE { registrationSchemeIdentifier PrintableString (SIZE(3)), registrationCountry PrintableString (SIZE(2)),
 * registrationStateOrProvince [0] IMPLICIT PrintableString OPTIONAL, registrationReference UTF8String }.
 * Undefined when the extension is absent; fields are best effort when the encoding is broken.
 */
export function cabfOrgIdExtension(cert: Certificate): CabfOrgIdExtension | undefined {
  const ext = cert.extensions.byOid.get(OID.cabfOrganizationIdentifier);
  if (!ext) return undefined;
  const cached = cabfCache.get(cert);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = decodeCabfOrgId(ext.value);
  cabfCache.set(cert, parsed);
  return parsed;
}

function decodeCabfOrgId(value: Uint8Array): CabfOrgIdExtension {
  const empty = { scheme: '', country: '', state: '', reference: '' };
  let parts: DerNode[];
  try {
    const seq = parseDer(value);
    if (!isUniversal(seq, Tag.SEQUENCE)) return { ...empty, encodingProblem: 'not a SEQUENCE' };
    parts = children(seq);
  } catch {
    return { ...empty, encodingProblem: 'not valid DER' };
  }
  const [schemeNode, countryNode, third, fourth, extra] = parts;
  const stateNode = third && isContext(third, 0) ? third : undefined;
  const refNode = stateNode ? fourth : third;
  const text = (n: DerNode | undefined) => (n && !n.constructed ? latin1(contents(n)) : '');
  const reference = refNode && !refNode.constructed ? Buffer.from(contents(refNode)).toString('utf8') : '';
  const out = { scheme: text(schemeNode), country: text(countryNode), state: text(stateNode), reference };
  let problem: string | undefined;
  if (!isUniversal(schemeNode, Tag.PRINTABLE_STRING))
    problem = 'registrationSchemeIdentifier is not a PrintableString';
  else if (!isUniversal(countryNode, Tag.PRINTABLE_STRING))
    problem = 'registrationCountry is not a PrintableString';
  else if (stateNode?.constructed) problem = 'registrationStateOrProvince is not a primitive [0] string';
  else if (!isUniversal(refNode, Tag.UTF8_STRING)) problem = 'registrationReference is not a UTF8String';
  else if ((stateNode ? extra : fourth) !== undefined) problem = 'extra fields after registrationReference';
  return problem ? { ...out, encodingProblem: problem } : out;
}

// ---- CRLs ----------------------------------------------------------------------------------------

export interface IssuingDistributionPoint {
  readonly critical: boolean;
  /** The distributionPoint field is present. */
  readonly hasDistributionPoint: boolean;
  readonly fullName?: readonly GeneralName[];
  readonly relativeName: boolean;
  readonly onlyContainsUserCerts: boolean;
  readonly onlyContainsCACerts: boolean;
  readonly onlySomeReasons: boolean;
  readonly indirectCRL: boolean;
  readonly onlyContainsAttributeCerts: boolean;
}

const idpCache = new WeakMap<Crl, IssuingDistributionPoint | 'malformed' | null>();

/**
 * The IssuingDistributionPoint CRL extension (RFC 5280 5.2.5), undefined when absent,
 * 'malformed' when it cannot be decoded.
 */
export function issuingDistributionPoint(crl: Crl): IssuingDistributionPoint | 'malformed' | undefined {
  const ext = crl.extensions.byOid.get(OID.issuingDistributionPoint);
  if (!ext) return undefined;
  const cached = idpCache.get(crl);
  if (cached !== undefined) return cached ?? undefined;
  let parsed: IssuingDistributionPoint | 'malformed';
  try {
    parsed = decodeIdp(ext.value, ext.critical);
  } catch {
    parsed = 'malformed';
  }
  idpCache.set(crl, parsed);
  return parsed;
}

function flag(node: DerNode): boolean {
  const c = contents(node);
  if (node.constructed || c.length !== 1) throw new Error('bad BOOLEAN');
  return c[0] !== 0;
}

function decodeIdp(value: Uint8Array, critical: boolean): IssuingDistributionPoint {
  const seq = parseDer(value);
  if (!isUniversal(seq, Tag.SEQUENCE)) throw new Error('not a SEQUENCE');
  const idp: { -readonly [K in keyof IssuingDistributionPoint]: IssuingDistributionPoint[K] } = {
    critical,
    hasDistributionPoint: false,
    relativeName: false,
    onlyContainsUserCerts: false,
    onlyContainsCACerts: false,
    onlySomeReasons: false,
    indirectCRL: false,
    onlyContainsAttributeCerts: false,
  };
  let last = -1;
  for (const part of children(seq)) {
    if (part.cls !== CONTEXT || part.tag <= last || part.tag > 5) throw new Error('unexpected field');
    last = part.tag;
    switch (part.tag) {
      case 0: {
        idp.hasDistributionPoint = true;
        const [choice] = children(part);
        if (choice === undefined) throw new Error('empty DistributionPointName');
        if (isContext(choice, 0)) idp.fullName = children(choice).map((n) => parseGeneralName(n, 'IDP'));
        else if (isContext(choice, 1)) idp.relativeName = true;
        else throw new Error('bad DistributionPointName');
        break;
      }
      case 1:
        idp.onlyContainsUserCerts = flag(part);
        break;
      case 2:
        idp.onlyContainsCACerts = flag(part);
        break;
      case 3:
        idp.onlySomeReasons = true;
        break;
      case 4:
        idp.indirectCRL = flag(part);
        break;
      default:
        idp.onlyContainsAttributeCerts = flag(part);
    }
  }
  return idp;
}

export interface CrlLayout {
  /** The revokedCertificates SEQUENCE is encoded, even if empty. */
  readonly revokedFieldPresent: boolean;
  /** Indexes of entries whose crlEntryExtensions is an empty SEQUENCE. */
  readonly emptyEntryExtensions: readonly number[];
}

const layoutCache = new WeakMap<Crl, CrlLayout>();

/** How the tbsCertList encodes revokedCertificates, which the parsed model does not keep. */
export function crlLayout(crl: Crl): CrlLayout {
  const cached = layoutCache.get(crl);
  if (cached) return cached;
  let layout: CrlLayout = { revokedFieldPresent: false, emptyEntryExtensions: [] };
  try {
    const fields = children(parseDer(crl.tbsDer));
    let i = isUniversal(fields[0], Tag.INTEGER) ? 1 : 0;
    i += 3; // signature, issuer, thisUpdate
    const next = fields[i];
    if (next && (isUniversal(next, Tag.UTC_TIME) || isUniversal(next, Tag.GENERALIZED_TIME))) i++;
    const revoked = fields[i];
    if (revoked && isUniversal(revoked, Tag.SEQUENCE)) {
      const empty: number[] = [];
      children(revoked).forEach((entry, index) => {
        const extNode = children(entry)[2];
        if (extNode && isUniversal(extNode, Tag.SEQUENCE) && extNode.end === extNode.valueStart)
          empty.push(index);
      });
      layout = { revokedFieldPresent: true, emptyEntryExtensions: empty };
    }
  } catch {
    // The CRL parsed, so this cannot happen; keep the conservative default.
  }
  layoutCache.set(crl, layout);
  return layout;
}

/**
 * The context tags of the fields of an AuthorityKeyIdentifier (0 keyIdentifier,
 * 1 authorityCertIssuer, 2 authorityCertSerialNumber), read leniently as zlint
 * does (a primitive [1] still counts as authorityCertIssuer); undefined when the
 * value is not a SEQUENCE of context-tagged fields.
 */
export function akiFieldTags(value: Uint8Array): number[] | undefined {
  try {
    const seq = parseDer(value);
    if (!isUniversal(seq, Tag.SEQUENCE)) return undefined;
    const tags = children(seq).map((n) => (n.cls === CONTEXT ? n.tag : -1));
    return tags.every((t) => t >= 0 && t <= 2) ? tags : undefined;
  } catch {
    return undefined;
  }
}

/** A serial number as lower-case hex, for messages and comparison. */
export function serialHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
