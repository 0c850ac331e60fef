/*
 * BRs 7.1.3.1 (SubjectPublicKeyInfo): the AlgorithmIdentifier of an RSA key MUST
 * be byte-for-byte 300d06092a864886f70d0101010500 (7.1.3.1.1); of an ECDSA key
 * one of 301306072a8648ce3d020106082a8648ce3d030107 (P-256),
 * 301006072a8648ce3d020106052b81040022 (P-384) or
 * 301006072a8648ce3d020106052b81040023 (P-521) (7.1.3.1.2). No other key
 * type is permitted, so any other encoding is an error.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { oneOf, SPKI_ALLOWED, toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_algorithm_identifier_improper_encoding',
  description:
    'The SubjectPublicKeyInfo AlgorithmIdentifier must be byte-for-byte one of the RSA, P-256, P-384 or P-521 encodings',
  citation: 'BRs: 7.1.3.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const der = cert.publicKey.algorithm.der;
    return oneOf(der, SPKI_ALLOWED)
      ? pass
      : fail(`SubjectPublicKeyInfo algorithm ${toHex(der)} is not permitted`);
  },
};
