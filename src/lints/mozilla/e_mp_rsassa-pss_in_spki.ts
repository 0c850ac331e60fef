/*
 * Mozilla Root Store Policy 5.1.1: "CAs MUST NOT use the id-RSASSA-PSS OID
 * (1.2.840.113549.1.1.10) within a SubjectPublicKeyInfo to represent a RSA key."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_mp_rsassa-pss_in_spki',
  description: 'The id-RSASSA-PSS OID must not be used in a SubjectPublicKeyInfo',
  citation: 'Mozilla Root Store Policy: 5.1.1',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla27,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(cert.publicKey.algorithm.oid !== OID.rsassaPss, 'id-RSASSA-PSS in the SubjectPublicKeyInfo'),
};
