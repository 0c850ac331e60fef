/*
 * Mozilla Root Store Policy 5.1.1: RSASSA-PSS signatures MUST use SHA-256,
 * MGF-1 with SHA-256 and a 32-byte salt, encoded
 * 304106092a864886f70d01010a3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d06096086480165030402010500a203020120;
 * or the SHA-384 (salt 48) or SHA-512 (salt 64) equivalents, byte for byte.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { oneOf, SIG_PSS, toHex } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_mp_rsassa-pss_parameters_encoding_in_signature_algorithm_correct',
  description: 'RSASSA-PSS signature AlgorithmIdentifiers must match one of the three permitted encodings',
  citation: 'Mozilla Root Store Policy: 5.1.1',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla27,
  target: 'certificate',
  appliesTo: (cert) => cert.signatureAlgorithm.oid === OID.rsassaPss,
  run: (cert) => {
    const der = cert.tbsSignature.der;
    return oneOf(der, SIG_PSS) ? pass : fail(`RSASSA-PSS AlgorithmIdentifier ${toHex(der)} is not permitted`);
  },
};
