/*
 * Mozilla Root Store Policy 5.2: CAs MUST NOT issue certificates that have
 * "invalid public keys (e.g., RSA certificates with public exponent equal to 1)".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { isRsa } from '../../x509/classify.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_mp_exponent_cannot_be_one',
  description: 'RSA public exponents must not be 1',
  citation: 'Mozilla Root Store Policy: 5.2',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla24,
  target: 'certificate',
  appliesTo: isRsa,
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(key.exponent !== 1n, 'RSA public exponent is 1');
  },
};
