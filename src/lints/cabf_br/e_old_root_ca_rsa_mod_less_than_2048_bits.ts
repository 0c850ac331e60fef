/*
 * BRs 6.1.5: root CA certificates with a validity period beginning on or
 * before 31 December 2010 MUST use an RSA modulus of at least 2048 bits.
 *
 * A root is a self-issued CA certificate here: zlint's own test roots carry
 * key identifiers that do not match, which the shared self-signed heuristic
 * (matching key identifiers) would take for a cross-certificate.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { isCA, isSelfIssued } from '../../x509/classify.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_old_root_ca_rsa_mod_less_than_2048_bits',
  description:
    'Root CA certificates valid from before 1 January 2011 must use an RSA modulus of at least 2048 bits',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) =>
    rsaKey(cert) !== undefined &&
    isCA(cert) &&
    isSelfIssued(cert) &&
    cert.notBefore.ms < RuleDate.noRsa1024Root.getTime(),
  run: (cert) => {
    const key = rsaKey(cert);
    if (!key) return notApplicable;
    return check(key.bits >= 2048, `RSA modulus is ${key.bits} bits`);
  },
};
