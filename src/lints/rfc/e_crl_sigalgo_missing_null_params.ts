/*
 * RFC 4055 sections 5 and 6 (referenced by RFC 5280 for CRLs, 5.1.1.2): when
 * sha224/256/384/512WithRSAEncryption are used in an AlgorithmIdentifier, "the
 * parameters MUST be present and MUST be NULL".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { paramsAreNull } from '../../x509/algorithm.js';
import { OID, oidName } from '../../x509/oids.js';

const RSA_SHA2: ReadonlySet<string> = new Set([
  OID.sha224WithRSA,
  OID.sha256WithRSA,
  OID.sha384WithRSA,
  OID.sha512WithRSA,
]);

export const lint: CrlLint = {
  name: 'e_crl_sigalgo_missing_null_params',
  description: 'The signatureAlgorithm of a CRL signed with RSA and SHA-2 must have NULL parameters',
  citation: 'RFC 4055: 5, 6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => {
    const alg = crl.signatureAlgorithm;
    return check(
      !RSA_SHA2.has(alg.oid) || paramsAreNull(alg),
      `${oidName(alg.oid)} signatureAlgorithm without NULL parameters`,
    );
  },
};
