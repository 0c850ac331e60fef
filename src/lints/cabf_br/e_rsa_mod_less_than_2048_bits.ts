/*
 * BRs 6.1.5: certificates valid after 31 December 2013 that use RSA MUST have a
 * modulus of at least 2048 bits.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_rsa_mod_less_than_2048_bits',
  description: 'Certificates valid after 31 December 2013 must use an RSA modulus of at least 2048 bits',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => rsaKey(cert) !== undefined && cert.notAfter.ms >= RuleDate.noRsa1024.getTime(),
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(key.bits >= 2048, `RSA modulus is ${key.bits} bits`);
  },
};
