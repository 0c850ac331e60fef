/*
 * Mozilla Root Store Policy 5.1: root certificates and any certificate chaining
 * up to them MUST use only RSA keys (modulus divisible by 8, at least 2048
 * bits) or ECDSA keys on P-256, P-384 or P-521. DSA is not listed, so it is
 * forbidden.
 *
 * zlint returns 'fatal' for a DSA key; Vigil reports the violation as an error.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_prohibit_dsa_usage',
  description: 'DSA keys are not permitted by the Mozilla Root Store Policy (zlint reports them as fatal)',
  citation: 'Mozilla Root Store Policy: 5.1',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla241,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => check(cert.publicKey.algorithm.oid !== OID.dsa, 'DSA public key'),
};
