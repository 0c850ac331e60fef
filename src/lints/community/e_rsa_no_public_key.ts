/*
 * awslabs certlint: an rsaEncryption SubjectPublicKeyInfo must hold a decodable
 * RSAPublicKey (RFC 3279 2.3.1) with a positive modulus and exponent.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRsa } from '../../x509/classify.js';
import { rsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_rsa_no_public_key',
  description: 'The RSA public key must be present and decodable',
  citation: 'awslabs certlint',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: isRsa,
  run: (cert) =>
    check(
      rsaKey(cert) !== undefined,
      `RSA public key does not decode: ${cert.publicKey.keyError ?? 'zero value'}`,
    ),
};
