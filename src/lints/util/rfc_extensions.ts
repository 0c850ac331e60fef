/**
 * Helpers for the RFC 5280 / RFC 6818 / RFC 6962 field and extension lints:
 * criticality, the few extensions the x509 view does not decode (policy
 * mappings, policy constraints, the SCT list), explicitText strings and the
 * validity time encodings.
 */
import { DerError } from '../../der/error.js';
import { children, contents, type DerNode, isUniversal, parseDer, Tag } from '../../der/node.js';
import { readOid } from '../../der/primitives.js';
import { OID } from '../../x509/oids.js';
import type { DerString } from '../../der/strings.js';
import type { DerTime } from '../../der/time.js';
import type { Certificate } from '../../x509/certificate.js';
import type { GeneralSubtree } from '../../x509/extensions.js';

/** RFC 5280 4.2.1.8: id-ce-subjectDirectoryAttributes (not in the shared OID table). */
export const SUBJECT_DIRECTORY_ATTRIBUTES = '2.5.29.9';

/** True when the extension is present and marked critical. */
export function isCriticalExt(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.get(oid)?.critical === true;
}

export function hasExt(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.has(oid);
}

/** Parses an extension value as one DER object; undefined when it is not well-formed DER. */
export function parseValue(value: Uint8Array): DerNode | undefined {
  try {
    return parseDer(value);
  } catch (e) {
    if (e instanceof DerError) return undefined;
    throw e;
  }
}

/**
 * The (issuerDomainPolicy, subjectDomainPolicy) pairs of the policyMappings
 * extension (RFC 5280 4.2.1.5); undefined when it is absent or malformed.
 */
export function policyMappings(cert: Certificate): [string, string][] | undefined {
  const ext = cert.extensions.byOid.get(OID.policyMappings);
  if (!ext) return undefined;
  try {
    const seq = parseDer(ext.value);
    if (!isUniversal(seq, Tag.SEQUENCE)) return undefined;
    return children(seq).map((pair) => {
      const [issuer, subject] = isUniversal(pair, Tag.SEQUENCE) ? children(pair) : [];
      return [readOid(issuer, 'issuerDomainPolicy'), readOid(subject, 'subjectDomainPolicy')];
    });
  } catch (e) {
    if (e instanceof DerError) return undefined;
    throw e;
  }
}

/** Every non-empty explicitText of the userNotice qualifiers in certificatePolicies (RFC 5280 4.2.1.4). */
export function explicitTexts(cert: Certificate): DerString[] {
  const out: DerString[] = [];
  for (const policy of cert.extensions.certificatePolicies ?? []) {
    for (const q of policy.qualifiers) {
      if (q.explicitText && q.explicitText.value.length > 0) out.push(q.explicitText);
    }
  }
  return out;
}

/** Every GeneralSubtree of the nameConstraints extension, permitted then excluded. */
export function nameConstraintSubtrees(cert: Certificate): GeneralSubtree[] {
  const nc = cert.extensions.nameConstraints;
  return nc ? [...(nc.permitted ?? []), ...(nc.excluded ?? [])] : [];
}

/** True when a nameConstraints subtree constrains the GeneralName form of that context tag. */
export function constrainsNameForm(cert: Certificate, tag: number): boolean {
  return nameConstraintSubtrees(cert).some((s) => s.base.tag === tag);
}

/**
 * The declared length of the TLS-encoded SignedCertificateTimestampList
 * inside the SCT extension (RFC 6962 3.3): undefined when the extension is
 * absent, -1 when its value is not an OCTET STRING holding at least the
 * two-octet length.
 */
export function sctListLength(cert: Certificate): number | undefined {
  const ext = cert.extensions.byOid.get(OID.ctSctList);
  if (!ext) return undefined;
  const node = parseValue(ext.value);
  if (!node || !isUniversal(node, Tag.OCTET_STRING) || node.constructed) return -1;
  const list = contents(node);
  if (list.length < 2) return -1;
  return ((list[0] as number) << 8) | (list[1] as number);
}

const HTTP_OR_LDAP = /^(?:http|ldap):\/\//i;

/** An http:// or ldap:// URI, case-insensitively, as RFC 5280 4.2.1.13 and 4.2.2.1 recommend. */
export function isHttpOrLdapUri(uri: string): boolean {
  return HTTP_OR_LDAP.test(uri);
}

// ---- validity times (RFC 5280 4.1.2.5) ---------------------------------------------------------

export const validityTimes = (cert: Certificate): readonly [DerTime, DerTime] => [
  cert.notBefore,
  cert.notAfter,
];

export const isUtcTime = (t: DerTime): boolean => t.tag === Tag.UTC_TIME;
export const isGeneralizedTime = (t: DerTime): boolean => t.tag === Tag.GENERALIZED_TIME;

function leadingDigits(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) >= 0x30 && text.charCodeAt(n) <= 0x39) n++;
  return n;
}

/** Seconds are present: YYMMDDHHMMSS (UTCTime) or YYYYMMDDHHMMSS (GeneralizedTime). */
export function hasSeconds(t: DerTime): boolean {
  return leadingDigits(t.text) >= (isUtcTime(t) ? 12 : 14);
}

export function hasFraction(t: DerTime): boolean {
  return t.text.includes('.') || t.text.includes(',');
}

/** Expressed in Zulu: ends with 'Z' (not a differential, not local time). */
export function isZulu(t: DerTime): boolean {
  return t.text.endsWith('Z');
}

// ---- key usage and extended key usage ----------------------------------------------------------

/** The keyUsage bits RFC 5280 4.2.1.3 names (0–8), as a mask with bit i for KeyUsage bit i. */
export function keyUsageMask(cert: Certificate): number {
  let mask = 0;
  for (const b of cert.extensions.keyUsage?.set ?? []) if (b <= 8) mask |= 1 << b;
  return mask;
}

// ---- profile predicates with a verified self-signature (as zlint decides them) -----------------
