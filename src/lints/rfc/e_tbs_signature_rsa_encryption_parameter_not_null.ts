/*
 * RFC 4055 5 (and RFC 3279 2.2.1): for the PKCS #1 v1.5 signature algorithms
 * "the parameters MUST be present and MUST be NULL". Checked on the
 * tbsCertificate signature field, against the algorithm the certificate's
 * signatureAlgorithm names.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, notApplicable, pass } from '../../lint/types.js';
import { bytesEqual } from '../../x509/ip.js';
import { rsaNullEncoding, toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_tbs_signature_rsa_encryption_parameter_not_null',
  description:
    'RSA PKCS #1 v1.5 signature AlgorithmIdentifiers in the tbsCertificate must carry NULL parameters',
  citation: 'RFC 4055: 5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => rsaNullEncoding(cert.signatureAlgorithm.oid) !== undefined,
  run: (cert) => {
    const expected = rsaNullEncoding(cert.signatureAlgorithm.oid);
    if (!expected) return notApplicable;
    const der = cert.tbsSignature.der;
    return bytesEqual(der, expected)
      ? pass
      : fail(`tbsCertificate signature AlgorithmIdentifier is ${toHex(der)}`);
  },
};
