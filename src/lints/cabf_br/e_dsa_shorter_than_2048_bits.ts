/*
 * BRs 6.1.5 (to v1.7.0): DSA keys MUST have a modulus p of at least 2048 bits
 * (and a divisor q of at least 224 bits).
 *
 * zlint compares q with 244 bits, a typo for the 224 of the rule; Vigil uses 224.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { bitLength, dsaKey } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_dsa_shorter_than_2048_bits',
  description:
    'DSA modulus p must be at least 2048 bits and divisor q at least 224 bits (zlint: 244, a typo)',
  citation: 'BRs v1.7.0: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => cert.publicKey.algorithm.oid === OID.dsa,
  run: (cert) => {
    const key = dsaKey(cert);
    if (!key) return notApplicable;
    const l = bitLength(key.p);
    const n = bitLength(key.q);
    return check(l >= 2048 && n >= 224, `DSA L=${l}, N=${n}`);
  },
};
