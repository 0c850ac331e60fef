/*
 * BRs 7.1.2 (profiles 7.1.2.2 cross-certified and 7.1.2.5/7.1.2.6 TLS subordinate
 * CAs, since BR 1.7.1): anyExtendedKeyUsage MUST NOT be combined with other key purposes,
 * and a TLS CA MUST NOT assert id-kp-emailProtection, id-kp-codeSigning,
 * id-kp-timeStamping or id-kp-OCSPSigning.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID, oidName } from '../../x509/oids.js';

const FORBIDDEN: ReadonlySet<string> = new Set([
  OID.emailProtection,
  OID.codeSigning,
  OID.timeStamping,
  OID.ocspSigning,
]);

export const lint: CertificateLint = {
  name: 'e_ca_invalid_eku',
  description:
    'A subordinate CA EKU must not combine anyExtendedKeyUsage with other purposes, nor list emailProtection, codeSigning, timeStamping or OCSPSigning',
  citation: 'BRs: 7.1.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && knownEkus(cert).length > 0,
  run: (cert) => {
    const ekus = knownEkus(cert);
    if (ekus.includes(OID.anyExtendedKeyUsage) && ekus.length > 1)
      return fail('anyExtendedKeyUsage is accompanied by other key purposes');
    const bad = ekus.find((e) => FORBIDDEN.has(e));
    return bad === undefined ? pass : fail(`${oidName(bad)} must not be present in a TLS CA certificate`);
  },
};
