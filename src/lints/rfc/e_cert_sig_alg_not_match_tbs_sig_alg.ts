/*
 * RFC 5280 4.1.1.2: the Certificate's signatureAlgorithm field "MUST contain the
 * same algorithm identifier as the signature field in the sequence
 * tbsCertificate" (compared byte for byte, parameters included).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { bytesEqual } from '../../x509/ip.js';
import { toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_cert_sig_alg_not_match_tbs_sig_alg',
  description: 'The signatureAlgorithm must be byte-for-byte the tbsCertificate signature field',
  citation: 'RFC 5280: 4.1.1.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    bytesEqual(cert.signatureAlgorithm.der, cert.tbsSignature.der)
      ? pass
      : fail(
          `signatureAlgorithm ${toHex(cert.signatureAlgorithm.der)} differs from tbsCertificate signature ${toHex(cert.tbsSignature.der)}`,
        ),
};
