/*
 * BRs 6.1.6: "Additionally, the public exponent SHOULD be in the range between
 * 2^16+1 and 2^256-1."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { rsaKey } from '../util/keys_validity.js';

const LOW = 2n ** 16n + 1n;
const HIGH = 2n ** 256n - 1n;

export const lint: CertificateLint = {
  name: 'w_rsa_public_exponent_not_in_range',
  description: 'RSA: the public exponent should be between 2^16+1 and 2^256-1',
  citation: 'BRs: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr113,
  target: 'certificate',
  appliesTo: (cert) => rsaKey(cert) !== undefined,
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(
      key.exponent >= LOW && key.exponent <= HIGH,
      `RSA public exponent ${key.exponent} is outside [2^16+1, 2^256-1]`,
    );
  },
};
