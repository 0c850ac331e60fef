/*
 * RFC 5280 4.2.1.12: "If a certificate contains both a key usage extension and
 * an extended key usage extension, then both extensions MUST be processed
 * independently and the certificate MUST only be used for a purpose
 * consistent with both extensions." Its KeyPurposeId comments list the key
 * usage bits consistent with each purpose:
 *   serverAuth      digitalSignature, keyEncipherment or keyAgreement
 *   clientAuth      digitalSignature and/or keyAgreement
 *   codeSigning     digitalSignature
 *   emailProtection digitalSignature, nonRepudiation, and/or (keyEncipherment or keyAgreement)
 *   timeStamping    digitalSignature and/or nonRepudiation
 *   OCSPSigning     digitalSignature and/or nonRepudiation
 *
 * As zlint does: with one purpose, the key usage must be exactly one of the
 * combinations that purpose allows; with several, every bit must be allowed
 * by at least one of the listed purposes ("the application need not
 * recognize all purposes indicated, as long as the intended purpose is
 * present"). Purposes outside the table are not judged; zlint fails a
 * multi-purpose EKU none of whose purposes is in the table, Vigil passes it.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt, keyUsageMask } from '../util/rfc_extensions.js';

const DS = 1 << 0;
const NR = 1 << 1;
const KE = 1 << 2;
const KA = 1 << 4;

const ALLOWED: ReadonlyMap<string, ReadonlySet<number>> = new Map([
  [OID.serverAuth, new Set([DS, KE, KA, DS | KE, DS | KA])],
  [OID.clientAuth, new Set([DS, KA, DS | KA])],
  [OID.codeSigning, new Set([DS])],
  [
    OID.emailProtection,
    new Set([DS, NR, KE, KA, DS | NR, DS | KE, DS | KA, DS | NR | KE, DS | NR | KA, NR | KE, NR | KA]),
  ],
  [OID.timeStamping, new Set([DS, NR, DS | NR])],
  [OID.ocspSigning, new Set([DS, NR, DS | NR])],
]);

/** EKUs zcrypto recognises (and so counts when deciding single or multiple purpose). */
function isKnownPurpose(oid: string): boolean {
  return (
    oid.startsWith('1.3.6.1.5.5.7.3.') ||
    oid === OID.anyExtendedKeyUsage ||
    oid === OID.microsoftServerGatedCrypto ||
    oid === OID.netscapeServerGatedCrypto
  );
}

/** With several purposes every bit must be allowed by one of them; with one, the bits must be one of its combinations. */
function consistent(ekus: readonly string[], ku: number): boolean {
  if (ekus.length > 1) {
    let union = 0;
    for (const eku of ekus) for (const combo of ALLOWED.get(eku) ?? []) union |= combo;
    return union === 0 || (ku !== 0 && (ku & ~union) === 0);
  }
  const allowed = ekus[0] === undefined ? undefined : ALLOWED.get(ekus[0]);
  return allowed === undefined || allowed.has(ku);
}

export const lint: CertificateLint = {
  name: 'e_key_usage_and_extended_key_usage_inconsistent',
  description:
    'The keyUsage bits must be consistent with the extKeyUsage purposes (purposes outside RFC 5280 4.2.1.12 are not judged)',
  citation: 'RFC 5280: 4.2.1.12',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && hasExt(cert, OID.extKeyUsage) && hasExt(cert, OID.keyUsage),
  run: (cert) => {
    const ekus = (cert.extensions.extKeyUsage ?? []).filter(isKnownPurpose);
    const ku = keyUsageMask(cert);
    if (consistent(ekus, ku)) return pass;
    return fail(`keyUsage ${ku.toString(2).padStart(9, '0')} inconsistent with extKeyUsage`);
  },
};
