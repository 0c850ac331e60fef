import type { DerNode } from '../der/node.js';
import { readOid } from '../der/primitives.js';

/** Object identifiers the profiles speak of, by name. */
export const OID = {
  // Name attributes (X.520, RFC 5280 A.1, EV Guidelines 9.2)
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  countryName: '2.5.4.6',
  localityName: '2.5.4.7',
  stateOrProvinceName: '2.5.4.8',
  streetAddress: '2.5.4.9',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  title: '2.5.4.12',
  businessCategory: '2.5.4.15',
  postalCode: '2.5.4.17',
  givenName: '2.5.4.42',
  initials: '2.5.4.43',
  generationQualifier: '2.5.4.44',
  dnQualifier: '2.5.4.46',
  pseudonym: '2.5.4.65',
  organizationIdentifier: '2.5.4.97',
  domainComponent: '0.9.2342.19200300.100.1.25',
  userId: '0.9.2342.19200300.100.1.1',
  emailAddress: '1.2.840.113549.1.9.1',
  jurisdictionLocality: '1.3.6.1.4.1.311.60.2.1.1',
  jurisdictionStateOrProvince: '1.3.6.1.4.1.311.60.2.1.2',
  jurisdictionCountry: '1.3.6.1.4.1.311.60.2.1.3',

  // Extensions (RFC 5280 4.2, RFC 6962, RFC 7633)
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  privateKeyUsagePeriod: '2.5.29.16',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  invalidityDate: '2.5.29.24',
  deltaCrlIndicator: '2.5.29.27',
  issuingDistributionPoint: '2.5.29.28',
  certificateIssuer: '2.5.29.29',
  nameConstraints: '2.5.29.30',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  policyMappings: '2.5.29.33',
  authorityKeyIdentifier: '2.5.29.35',
  policyConstraints: '2.5.29.36',
  extKeyUsage: '2.5.29.37',
  freshestCrl: '2.5.29.46',
  inhibitAnyPolicy: '2.5.29.54',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  subjectInfoAccess: '1.3.6.1.5.5.7.1.11',
  qcStatements: '1.3.6.1.5.5.7.1.3',
  tlsFeature: '1.3.6.1.5.5.7.1.24',
  ocspNoCheck: '1.3.6.1.5.5.7.48.1.5',
  ctPoison: '1.3.6.1.4.1.11129.2.4.3',
  ctSctList: '1.3.6.1.4.1.11129.2.4.2',
  cabfOrganizationIdentifier: '2.23.140.3.1',
  msCertificateTemplate: '1.3.6.1.4.1.311.21.7',
  msApplicationPolicies: '1.3.6.1.4.1.311.21.10',
  msCaVersion: '1.3.6.1.4.1.311.21.1',
  netscapeCertType: '2.16.840.1.113730.1.1',
  netscapeComment: '2.16.840.1.113730.1.13',
  smimeCapabilities: '1.2.840.113549.1.9.15',

  // Access methods
  ocsp: '1.3.6.1.5.5.7.48.1',
  caIssuers: '1.3.6.1.5.5.7.48.2',

  // Extended key usages (RFC 5280 4.2.1.12 and others)
  anyExtendedKeyUsage: '2.5.29.37.0',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  precertificateSigning: '1.3.6.1.4.1.11129.2.4.4',
  netscapeServerGatedCrypto: '2.16.840.1.113730.4.1',
  microsoftServerGatedCrypto: '1.3.6.1.4.1.311.10.3.3',

  // Policies (BR 7.1.6.1, EVG 9.7, RFC 5280 4.2.1.4)
  anyPolicy: '2.5.29.32.0',
  cps: '1.3.6.1.5.5.7.2.1',
  userNotice: '1.3.6.1.5.5.7.2.2',
  brDomainValidated: '2.23.140.1.2.1',
  brOrganizationValidated: '2.23.140.1.2.2',
  brIndividualValidated: '2.23.140.1.2.3',
  evGuidelines: '2.23.140.1.1',
  brTestCertificate: '2.23.140.2.1',
  cabfCodeSigning: '2.23.140.1.4.1',
  cabfSmimeRoot: '2.23.140.1.5',

  // Public key algorithms
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  dsa: '1.2.840.10040.4.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
  mgf1: '1.2.840.113549.1.1.8',

  // Curves
  secp256r1: '1.2.840.10045.3.1.7',
  secp384r1: '1.3.132.0.34',
  secp521r1: '1.3.132.0.35',
  secp224r1: '1.3.132.0.33',
  secp256k1: '1.3.132.0.10',

  // Signature algorithms
  md2WithRSA: '1.2.840.113549.1.1.2',
  md5WithRSA: '1.2.840.113549.1.1.4',
  sha1WithRSA: '1.2.840.113549.1.1.5',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  sha384WithRSA: '1.2.840.113549.1.1.12',
  sha512WithRSA: '1.2.840.113549.1.1.13',
  sha224WithRSA: '1.2.840.113549.1.1.14',
  ecdsaWithSha1: '1.2.840.10045.4.1',
  ecdsaWithSha224: '1.2.840.10045.4.3.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  dsaWithSha1: '1.2.840.10040.4.3',
  dsaWithSha256: '2.16.840.1.101.3.4.3.2',

  // Hash algorithms
  sha1: '1.3.14.3.2.26',
  sha224: '2.16.840.1.101.3.4.2.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

const NAMES = new Map<string, string>(Object.entries(OID).map(([name, oid]) => [oid, name]));

/** A readable name for an OID, or the dotted form when unknown. */
export function oidName(oid: string): string {
  return NAMES.get(oid) ?? oid;
}

// Parsed OIDs are fresh strings; V8 compares two literals by identity alone, so
// handing out the table's own string spares every comparison with OID.x (and
// every map look-up by one) a character-by-character check.
const CANONICAL = new Map<string, string>(Object.values(OID).map((oid) => [oid, oid]));

/** Reads an OBJECT IDENTIFIER as readOid does, as the table's own string when it is a known one. */
export function readCanonicalOid(node: DerNode | undefined, what: string): string {
  const oid = readOid(node, what);
  return CANONICAL.get(oid) ?? oid;
}
