/*
 * BRs 6.1.5: the subject public key MUST be RSA, DSA (until BR 1.7.1) or ECDSA.
 *
 * zlint passes every key type its parser knows (so Ed25519 and X25519 too);
 * Vigil follows the rule, which lists only RSA, DSA and ECDSA, so Ed25519 and
 * X25519 keys and rsassa-pss SubjectPublicKeyInfos are errors.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID, oidName } from '../../x509/oids.js';

const ALLOWED: ReadonlySet<string> = new Set([OID.rsaEncryption, OID.dsa, OID.ecPublicKey]);

export const lint: CertificateLint = {
  name: 'e_public_key_type_not_allowed',
  description:
    'Certificates must have an RSA, DSA or ECDSA public key (unlike zlint, Ed25519 and X25519 keys are errors)',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const oid = cert.publicKey.algorithm.oid;
    return check(ALLOWED.has(oid), `public key algorithm ${oidName(oid)} is not permitted`);
  },
};
