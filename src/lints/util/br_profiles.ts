/**
 * Helpers for the certificate-profile lints (BR 7.1.2 and neighbours): the
 * views of a certificate that zlint's lints read through zcrypto, so that
 * Vigil's lints decide NA and pass/fail on the same facts.
 */
import type { Certificate } from '../../x509/certificate.js';
import { memoForLastCertificate } from '../../x509/memo.js';
import { OID } from '../../x509/oids.js';

const NO_STRINGS: readonly string[] = [];

/** The URIs the profile lints read, gathered once per certificate. */
interface Urls {
  readonly ocsp: readonly string[];
  readonly caIssuers: readonly string[];
  readonly crl: readonly string[];
}

const urls = memoForLastCertificate((cert): Urls => {
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
  return { ocsp, caIssuers, crl };
});

export function hasExtension(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.has(oid);
}

/** Whether the (first) extension of that type is marked critical. */
export function isCritical(cert: Certificate, oid: string): boolean {
  return cert.extensions.byOid.get(oid)?.critical === true;
}

/** URIs of the id-ad-ocsp AccessDescriptions (zcrypto's OCSPServer: URIs only). */
export const ocspUrls = (cert: Certificate): readonly string[] => urls(cert).ocsp;

/** URIs of the id-ad-caIssuers AccessDescriptions (zcrypto's IssuingCertificateURL). */
export const caIssuersUrls = (cert: Certificate): readonly string[] => urls(cert).caIssuers;

/** URIs in the fullName of each distribution point (zcrypto's CRLDistributionPoints). */
export const crlUrls = (cert: Certificate): readonly string[] => urls(cert).crl;

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
