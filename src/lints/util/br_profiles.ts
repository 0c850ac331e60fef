/**
 * Helpers for the certificate-profile lints (BR 7.1.2 and neighbours): the
 * views of a certificate that zlint's lints read through zcrypto, so that
 * Vigil's lints decide NA and pass/fail on the same facts.
 */
import type { Certificate } from '../../x509/certificate.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { isSelfSignedVerified } from '../../x509/selfSigned.js';

/** Mozilla Root Store Policy 2.6.1, 5.3: EKU rules for intermediates created after 2019-01-01. */
export const MOZILLA_INTERMEDIATE_EKU_DATE = new Date('2019-01-01T00:00:00Z');

/** Chrome Root Program Policy 1.8, 1.3.2: TLS server certificates may not carry clientAuth from this date. */
export const CHROME_CLIENT_AUTH_DISALLOWED_DATE = new Date('2027-03-15T00:00:00Z');

/**
 * The extended key purposes zcrypto recognises (its generated ekuConstants);
 * others land in UnknownExtKeyUsage, which several zlint checks treat apart.
 */
const KNOWN_EKUS: ReadonlySet<string> = new Set([
  '1.2.840.113635.100.4.1',
  '1.2.840.113635.100.4.1.1',
  '1.2.840.113635.100.4.1.2',
  '1.2.840.113635.100.4.1.3',
  '1.2.840.113635.100.4.1.4',
  '1.2.840.113635.100.4.2',
  '1.2.840.113635.100.4.3',
  '1.2.840.113635.100.4.4',
  '1.2.840.113635.100.4.5',
  '1.2.840.113635.100.4.5.1',
  '1.2.840.113635.100.4.5.2',
  '1.2.840.113635.100.4.5.3',
  '1.2.840.113635.100.4.5.4',
  '1.2.840.113635.100.4.6',
  '1.2.840.113635.100.4.6.1',
  '1.2.840.113635.100.4.6.2',
  '1.2.840.113635.100.4.6.3',
  '1.2.840.113635.100.4.6.4',
  '1.3.6.1.4.1.311.10.3.1',
  '1.3.6.1.4.1.311.10.3.10',
  '1.3.6.1.4.1.311.10.3.11',
  '1.3.6.1.4.1.311.10.3.12',
  '1.3.6.1.4.1.311.10.3.13',
  '1.3.6.1.4.1.311.10.3.14',
  '1.3.6.1.4.1.311.10.3.15',
  '1.3.6.1.4.1.311.10.3.16',
  '1.3.6.1.4.1.311.10.3.2',
  '1.3.6.1.4.1.311.10.3.3',
  '1.3.6.1.4.1.311.10.3.3.1',
  '1.3.6.1.4.1.311.10.3.4',
  '1.3.6.1.4.1.311.10.3.4.1',
  '1.3.6.1.4.1.311.10.3.5',
  '1.3.6.1.4.1.311.10.3.6',
  '1.3.6.1.4.1.311.10.3.7',
  '1.3.6.1.4.1.311.10.3.8',
  '1.3.6.1.4.1.311.10.3.9',
  '1.3.6.1.4.1.311.10.5.1',
  '1.3.6.1.4.1.311.10.5.2',
  '1.3.6.1.4.1.311.10.5.3',
  '1.3.6.1.4.1.311.10.5.4',
  '1.3.6.1.4.1.311.20.2.1',
  '1.3.6.1.4.1.311.20.2.2',
  '1.3.6.1.4.1.311.21.5',
  '1.3.6.1.4.1.311.21.6',
  '1.3.6.1.4.1.311.47.1.1',
  '1.3.6.1.4.1.311.47.1.3',
  '1.3.6.1.4.1.311.61.1.1',
  '1.3.6.1.5.5.7.3.1',
  '1.3.6.1.5.5.7.3.10',
  '1.3.6.1.5.5.7.3.11',
  '1.3.6.1.5.5.7.3.13',
  '1.3.6.1.5.5.7.3.14',
  '1.3.6.1.5.5.7.3.2',
  '1.3.6.1.5.5.7.3.3',
  '1.3.6.1.5.5.7.3.4',
  '1.3.6.1.5.5.7.3.5',
  '1.3.6.1.5.5.7.3.6',
  '1.3.6.1.5.5.7.3.7',
  '1.3.6.1.5.5.7.3.8',
  '1.3.6.1.5.5.7.3.9',
  '2.16.840.1.113730.4.1',
  '2.5.29.37.0',
]);

const NO_STRINGS: readonly string[] = [];

/** What the profile lints ask of a certificate, worked out once per certificate. */
interface Facts {
  readonly selfSigned: boolean;
  readonly knownEkus: readonly string[];
  readonly unknownEkus: readonly string[];
  readonly tlsScope: boolean;
  readonly ocspUrls: readonly string[];
  readonly caIssuersUrls: readonly string[];
  readonly crlUrls: readonly string[];
}

const FACTS = new WeakMap<Certificate, Facts>();

function facts(cert: Certificate): Facts {
  const cached = FACTS.get(cert);
  if (cached) return cached;
  const ekus = cert.extensions.extKeyUsage ?? NO_STRINGS;
  const known = ekus.every((e) => KNOWN_EKUS.has(e)) ? ekus : ekus.filter((e) => KNOWN_EKUS.has(e));
  const ocsp: string[] = [];
  const caIssuers: string[] = [];
  for (const ad of cert.extensions.authorityInfoAccess ?? []) {
    if (ad.location.tag !== 6) continue;
    if (ad.method === OID.ocsp) ocsp.push(ad.location.value);
    else if (ad.method === OID.caIssuers) caIssuers.push(ad.location.value);
  }
  const crl: string[] = [];
  for (const dp of cert.extensions.crlDistributionPoints ?? [])
    for (const n of dp.fullName ?? []) if (n.tag === 6) crl.push(n.value);
  const f: Facts = {
    selfSigned: isSelfSignedVerified(cert),
    knownEkus: known,
    unknownEkus: known.length === ekus.length ? NO_STRINGS : ekus.filter((e) => !KNOWN_EKUS.has(e)),
    tlsScope: known.length === 0 || known.includes(OID.serverAuth) || known.includes(OID.anyExtendedKeyUsage),
    ocspUrls: ocsp,
    caIssuersUrls: caIssuers,
    crlUrls: crl,
  };
  FACTS.set(cert, f);
  return f;
}

/*
 * zlint's profile predicates rest on zcrypto's SelfSigned flag, which is set
 * only when the names match and the signature verifies under the certificate's
 * own key (classify.ts's isSelfSigned compares key identifiers instead).
 */

/** zlint's IsRootCA: a CA certificate that signed itself. */
export const isRootCa = (cert: Certificate): boolean => isCA(cert) && facts(cert).selfSigned;

/** zlint's IsSubCA: a CA certificate that did not sign itself. */
export const isSubCa = (cert: Certificate): boolean => isCA(cert) && !facts(cert).selfSigned;

/** zlint's IsSubscriberCert: neither a CA nor self-signed. */
export const isSubscriberCert = (cert: Certificate): boolean => !isCA(cert) && !facts(cert).selfSigned;

/** The key purposes zlint sees in ExtKeyUsage (recognised ones only), in order. */
export const knownEkus = (cert: Certificate): readonly string[] => facts(cert).knownEkus;

/** The key purposes zlint sees in UnknownExtKeyUsage. */
export const unknownEkus = (cert: Certificate): readonly string[] => facts(cert).unknownEkus;

/**
 * zlint's IsServerAuthCert: no recognised key purpose at all, or serverAuth or
 * anyExtendedKeyUsage among them. zlint applies it to every lint whose source
 * is the TLS Baseline Requirements before the lint's own applicability test,
 * answering NA for certificates outside it.
 */
export const inTlsScope = (cert: Certificate): boolean => facts(cert).tlsScope;

export function hasExtension(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.has(oid);
}

/** Whether the (first) extension of that type is marked critical. */
export function isCritical(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.get(oid)?.critical === true;
}

/** URIs of the id-ad-ocsp AccessDescriptions (zcrypto's OCSPServer: URIs only). */
export const ocspUrls = (cert: Certificate): readonly string[] => facts(cert).ocspUrls;

/** URIs of the id-ad-caIssuers AccessDescriptions (zcrypto's IssuingCertificateURL). */
export const caIssuersUrls = (cert: Certificate): readonly string[] => facts(cert).caIssuersUrls;

/** URIs in the fullName of each distribution point (zcrypto's CRLDistributionPoints). */
export const crlUrls = (cert: Certificate): readonly string[] => facts(cert).crlUrls;

/** Key usage bits as zcrypto keeps them: the nine defined bits only. */
export function keyUsageHas(cert: Certificate, bit: number): boolean {
  return cert.extensions.keyUsage?.has(bit) === true;
}

/** True when the key usage extension asserts at least one of the nine defined bits. */
export function keyUsageNonZero(cert: Certificate): boolean {
  return cert.extensions.keyUsage?.set.some((b) => b <= 8) === true;
}

/** Policy OIDs of the certificatePolicies extension, in order. */
export function policyOids(cert: Certificate): readonly string[] {
  return cert.extensions.certificatePolicies?.map((p) => p.oid) ?? NO_STRINGS;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Rejecting control characters is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;
const BAD_HOST = /[\s"<>\\^`{|}]/;
const AUTHORITY_END = /[/?#]/;

/**
 * The scheme of a URL as Go's url.Parse reports it (lower case; '' when there
 * is none), or undefined when url.Parse would refuse the text: control
 * characters, a leading ':', or characters a host name cannot hold.
 */
export function urlScheme(url: string): string | undefined {
  if (CONTROL.test(url) || url.startsWith(':')) return undefined;
  const m = SCHEME.exec(url);
  if (!m) return '';
  const rest = url.slice((m[1] as string).length + 1);
  if (rest.startsWith('//')) {
    const authority = rest.slice(2).split(AUTHORITY_END, 1)[0] ?? '';
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (BAD_HOST.test(host)) return undefined;
  }
  return (m[1] as string).toLowerCase();
}

/** Go's time.AddDate(0, months, 0) in UTC: overflowing days roll into the next month. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const out = new Date(0);
  out.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
  out.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return out.getTime();
}
