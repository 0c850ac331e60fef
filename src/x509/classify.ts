import type { Certificate } from './certificate.js';
import { knownEkus } from './ekus.js';
import { memoForLastCertificate } from './memo.js';
import { namesEqual } from './name.js';
import { OID } from './oids.js';
import { signedWithOwnKey } from './selfSigned.js';

/**
 * Predicates that decide which profile a certificate falls under, on the same
 * facts as zlint's util package (which reads them through zcrypto), so that a
 * lint is NA for exactly the certificates zlint calls NA.
 */

export function isCA(cert: Certificate): boolean {
  return cert.extensions.basicConstraints?.ca === true;
}

export function isSelfIssued(cert: Certificate): boolean {
  return namesEqual(cert.issuer, cert.subject);
}

const selfSigned = new WeakMap<Certificate, boolean>();

/**
 * Self-issued and signed with its own key, as zcrypto's SelfSigned flag: the
 * signature is verified (once per certificate). Where it cannot be (a bare
 * tbsCertificate, an algorithm or key Node does not handle), matching key
 * identifiers decide, which tells a root from a re-keyed cross-certificate.
 */
export function isSelfSigned(cert: Certificate): boolean {
  if (!isSelfIssued(cert)) return false;
  let result = selfSigned.get(cert);
  if (result === undefined) {
    result = signedWithOwnKey(cert) ?? keyIdentifiersMatch(cert);
    selfSigned.set(cert, result);
  }
  return result;
}

function keyIdentifiersMatch(cert: Certificate): boolean {
  const aki = cert.extensions.authorityKeyIdentifier?.keyIdentifier;
  const ski = cert.extensions.subjectKeyIdentifier;
  return aki === undefined || ski === undefined || Buffer.compare(aki, ski) === 0;
}

export function isRootCA(cert: Certificate): boolean {
  return isCA(cert) && isSelfSigned(cert);
}

export function isSubCA(cert: Certificate): boolean {
  return isCA(cert) && !isSelfSigned(cert);
}

export const isSubscriber = memoForLastCertificate((cert) => !isCA(cert) && !isSelfSigned(cert));

export function hasEku(cert: Certificate, eku: string): boolean {
  return cert.extensions.extKeyUsage?.includes(eku) === true;
}

/**
 * Usable for TLS servers, zlint's IsServerAuthCert: no key purpose zcrypto
 * recognises (no extension, an empty one or only private purposes), or
 * serverAuth or anyExtendedKeyUsage among them. zlint puts every TLS BR lint
 * behind this test.
 */
export const isServerAuth = memoForLastCertificate((cert) => {
  const ekus = knownEkus(cert);
  return ekus.length === 0 || ekus.includes(OID.serverAuth) || ekus.includes(OID.anyExtendedKeyUsage);
});

export function hasPolicy(cert: Certificate, policy: string): boolean {
  return cert.extensions.certificatePolicies?.some((p) => p.oid === policy) === true;
}

export const isEV = memoForLastCertificate(
  (cert) =>
    hasPolicy(cert, OID.evGuidelines) ||
    (cert.extensions.certificatePolicies?.some((p) => EV_POLICY_OIDS.has(p.oid)) ?? false),
);

export const isDV = (cert: Certificate): boolean => hasPolicy(cert, OID.brDomainValidated);
export const isOV = (cert: Certificate): boolean => hasPolicy(cert, OID.brOrganizationValidated);
export const isIV = (cert: Certificate): boolean => hasPolicy(cert, OID.brIndividualValidated);

/** The validation level the policies assert, for reports. */
export function policyType(cert: Certificate): 'EV' | 'OV' | 'IV' | 'DV' | undefined {
  if (isEV(cert)) return 'EV';
  if (isOV(cert)) return 'OV';
  if (isIV(cert)) return 'IV';
  if (isDV(cert)) return 'DV';
  return undefined;
}

export function isRsa(cert: Certificate): boolean {
  return cert.publicKey.algorithm.oid === OID.rsaEncryption;
}

export function isEcdsa(cert: Certificate): boolean {
  return cert.publicKey.algorithm.oid === OID.ecPublicKey;
}

/**
 * CA-specific EV policy OIDs that browsers recognised before the CA/B Forum
 * OID was required (the same list zlint keeps in util/ev.go, by CA).
 */
const EV_POLICY_OIDS = new Set([
  '1.3.6.1.4.1.34697.2.1', // AffirmTrust
  '1.3.6.1.4.1.34697.2.2',
  '1.3.6.1.4.1.34697.2.3',
  '1.3.6.1.4.1.34697.2.4',
  '1.2.40.0.17.1.22', // A-Trust
  '2.16.578.1.26.1.3.3', // Buypass
  '1.3.6.1.4.1.17326.10.14.2.1.2', // Camerfirma
  '1.3.6.1.4.1.17326.10.8.2.1.2',
  '1.3.6.1.4.1.22234.2.5.2.3.1', // CertPlus
  '1.3.6.1.4.1.6449.1.2.1.5.1', // Comodo / Sectigo
  '1.3.6.1.4.1.4146.1.1', // GlobalSign
  '2.16.840.1.114412.2.1', // DigiCert
  '2.16.840.1.114412.1.3.0.2',
  '2.16.528.1.1001.1.1.1.12.6.1.1.1', // DigiNotar (historic)
  '2.16.840.1.114028.10.1.2', // Entrust
  '0.4.0.2042.1.4', // ETSI
  '0.4.0.2042.1.5',
  '1.3.6.1.4.1.13177.10.1.3.10', // Firmaprofesional
  '1.3.6.1.4.1.14370.1.6', // GeoTrust
  '1.3.6.1.4.1.14777.6.1.1', // Izenpe
  '1.3.6.1.4.1.14777.6.1.2',
  '1.3.6.1.4.1.782.1.2.1.8.1', // Network Solutions
  '1.3.6.1.4.1.8024.0.2.100.1.2', // QuoVadis
  '1.2.392.200091.100.721.1', // SECOM
  '1.3.6.1.4.1.23223.1.1.1', // StartCom
  '2.16.840.1.113733.1.7.23.6', // Symantec / VeriSign
  '2.16.840.1.113733.1.7.48.1', // Thawte
  '2.16.840.1.114404.1.1.2.4.1', // Trustwave
  '1.3.6.1.4.1.6334.1.100.1', // Cybertrust / Verizon
  '2.16.840.1.114413.1.7.23.3', // Go Daddy
  '2.16.840.1.114414.1.7.23.3', // Starfield
  '2.16.756.1.89.1.2.1.1', // SwissSign
  '1.3.6.1.4.1.40869.1.1.22.3', // TWCA
  '1.3.6.1.4.1.7879.13.24.1', // T-Systems
  '2.16.840.1.114171.500.9', // Wells Fargo
  '1.3.6.1.4.1.36305.2', // WoSign
  '1.3.159.1.17.1', // Actalis
  '2.16.792.3.0.4.1.1.4', // E-Tugra
  '2.16.792.1.2.1.1.5.7.1.9', // Kamu SM
  '1.3.6.1.4.1.23223.2', // StartCom
  '2.16.756.1.83.21.0', // Swisscom
]);
