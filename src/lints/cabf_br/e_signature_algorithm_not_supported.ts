/*
 * BRs 6.1.5 and 7.1.3.2: certificates MUST be signed with RSASSA-PKCS1-v1_5 or
 * ECDSA over SHA-256, SHA-384 or SHA-512, DSA with SHA-256, or RSASSA-PSS with
 * one of the three encodings of 7.1.3.2.1. SHA-1 variants are accepted here for
 * historic certificates; their use after 2016 is e_sub_cert_or_sub_ca_using_sha1.
 *
 * zlint reports RSASSA-PSS as a warning (it was once not broadly supported);
 * BR 7.1.3.2.1 now permits its three exact encodings, which Vigil passes.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID, oidName } from '../../x509/oids.js';
import { OID_ISO_SHA1_WITH_RSA, oneOf, SIG_PSS } from '../util/keys_validity.js';

const SUPPORTED: ReadonlySet<string> = new Set([
  OID.sha256WithRSA,
  OID.sha384WithRSA,
  OID.sha512WithRSA,
  OID.dsaWithSha256,
  OID.ecdsaWithSha256,
  OID.ecdsaWithSha384,
  OID.ecdsaWithSha512,
  OID.sha1WithRSA,
  OID_ISO_SHA1_WITH_RSA,
  OID.dsaWithSha1,
  OID.ecdsaWithSha1,
]);

export const lint: CertificateLint = {
  name: 'e_signature_algorithm_not_supported',
  description:
    'The signature algorithm must be RSA, DSA or ECDSA with SHA-1 (historic) or SHA-2, or RSASSA-PSS in a BR 7.1.3.2.1 encoding (which zlint only warns about)',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const alg = cert.signatureAlgorithm;
    const ok = SUPPORTED.has(alg.oid) || (alg.oid === OID.rsassaPss && oneOf(alg.der, SIG_PSS));
    return check(ok, `signature algorithm ${oidName(alg.oid)} is not supported`);
  },
};
