/*
 * BRs 6.1.5: subordinate CA certificates with a validity period beginning on or
 * before 31 December 2010 and ending on or before 31 December 2013 MUST use an
 * RSA modulus of at least 1024 bits.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { isSubCA } from '../../x509/classify.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_old_sub_ca_rsa_mod_less_than_1024_bits',
  description:
    'Subordinate CA certificates valid from before 2011 and until before 2014 must use an RSA modulus of at least 1024 bits',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) =>
    rsaKey(cert) !== undefined &&
    isSubCA(cert) &&
    cert.notBefore.ms < RuleDate.noRsa1024Root.getTime() &&
    cert.notAfter.ms < RuleDate.noRsa1024.getTime(),
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(key.bits >= 1024, `RSA modulus is ${key.bits} bits`);
  },
};
