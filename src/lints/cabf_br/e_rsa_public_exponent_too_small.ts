/*
 * BRs 6.1.6: "RSA: The CA SHALL confirm that the value of the public exponent
 * is an odd number equal to 3 or more."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_rsa_public_exponent_too_small',
  description: 'RSA: the public exponent must be 3 or more',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  appliesTo: (cert) => rsaKey(cert) !== undefined,
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(key.exponent >= 3n, `RSA public exponent ${key.exponent} is below 3`);
  },
};
