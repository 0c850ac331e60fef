/*
 * RFC 4055 1.2 (and RFC 3279 2.3.1): "When the rsaEncryption algorithm
 * identifier is used for a public key, the AlgorithmIdentifier parameters field
 * MUST contain NULL", encoded 300d06092a864886f70d0101010500.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isRsa } from '../../x509/classify.js';
import { bytesEqual } from '../../x509/ip.js';
import { SPKI_RSA, toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_spki_rsa_encryption_parameter_not_null',
  description: 'The rsaEncryption public key AlgorithmIdentifier must carry NULL parameters',
  citation: 'RFC 4055: 1.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: isRsa,
  run: (cert) => {
    const der = cert.publicKey.algorithm.der;
    return bytesEqual(der, SPKI_RSA) ? pass : fail(`rsaEncryption AlgorithmIdentifier is ${toHex(der)}`);
  },
};
