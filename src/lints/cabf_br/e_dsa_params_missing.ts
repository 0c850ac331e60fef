/*
 * BRs 6.1.6 (to v1.7.0): "DSA: Certificates MUST include all domain
 * parameters" (p, q and g in the SubjectPublicKeyInfo, RFC 3279 2.3.2), rather
 * than inheriting them from the issuer.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isDsa } from '../util/key_checks.js';
import { dsaParams } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_dsa_params_missing',
  description: 'DSA: certificates must include all domain parameters (p, q and g)',
  citation: 'BRs v1.7.0: 6.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  appliesTo: isDsa,
  run: (cert) => {
    const params = dsaParams(cert);
    return check(
      params !== undefined && params.p > 0n && params.q > 0n && params.g > 0n,
      'DSA domain parameters are absent or incomplete',
    );
  },
};
