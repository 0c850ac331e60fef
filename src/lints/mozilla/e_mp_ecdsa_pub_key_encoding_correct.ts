/*
 * Mozilla Root Store Policy 5.1.2: when ECDSA keys are encoded in a
 * SubjectPublicKeyInfo, the algorithm field MUST be byte-for-byte
 * 301306072a8648ce3d020106082a8648ce3d030107 (P-256),
 * 301006072a8648ce3d020106052b81040022 (P-384) or
 * 301006072a8648ce3d020106052b81040023 (P-521); implicit and specified curve
 * forms MUST NOT be used.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEcdsa } from '../../x509/classify.js';
import { oneOf, SPKI_ECDSA, toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_mp_ecdsa_pub_key_encoding_correct',
  description:
    'The ECDSA SubjectPublicKeyInfo AlgorithmIdentifier must match the P-256, P-384 or P-521 encoding',
  citation: 'Mozilla Root Store Policy: 5.1.2',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla30,
  target: 'certificate',
  appliesTo: isEcdsa,
  run: (cert) => {
    const der = cert.publicKey.algorithm.der;
    return oneOf(der, SPKI_ECDSA)
      ? pass
      : fail(`ECDSA key AlgorithmIdentifier ${toHex(der)} is not permitted`);
  },
};
