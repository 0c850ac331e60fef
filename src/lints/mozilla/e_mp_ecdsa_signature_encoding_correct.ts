/*
 * Mozilla Root Store Policy 5.1.2: signatures by a P-256 key MUST use ECDSA
 * with SHA-256, encoded 300a06082a8648ce3d040302; by a P-384 key ECDSA with
 * SHA-384, 300a06082a8648ce3d040303; by a P-521 key ECDSA with SHA-512,
 * 300a06082a8648ce3d040304 (parameters absent, never NULL).
 *
 * The issuer's key is not at hand, so, as zlint does, its curve is inferred
 * from the length of the DER signature: up to 72 octets P-256, up to 104
 * P-384, up to 140 P-521. An unsigned tbsCertificate (empty signature) may use
 * any of the three encodings.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { bytesEqual } from '../../x509/ip.js';
import {
  ECDSA_SIGNATURES,
  oneOf,
  SIG_ECDSA,
  SIG_ECDSA_SHA256,
  SIG_ECDSA_SHA384,
  SIG_ECDSA_SHA512,
  toHex,
} from '../util/keys_validity.js';

const BY_LENGTH: readonly [number, string, Uint8Array][] = [
  [72, 'P-256', SIG_ECDSA_SHA256],
  [104, 'P-384', SIG_ECDSA_SHA384],
  [140, 'P-521', SIG_ECDSA_SHA512],
];

export const lint: CertificateLint = {
  name: 'e_mp_ecdsa_signature_encoding_correct',
  description:
    "The ECDSA signature AlgorithmIdentifier must be the exact encoding for the signing key's curve (inferred from the signature length)",
  citation: 'Mozilla Root Store Policy: 5.1.2',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla30,
  target: 'certificate',
  appliesTo: (cert) => ECDSA_SIGNATURES.has(cert.signatureAlgorithm.oid),
  run: (cert) => {
    const der = cert.tbsSignature.der;
    const length = cert.signature.bytes.length;
    if (length === 0)
      return oneOf(der, SIG_ECDSA) ? pass : fail(`signature AlgorithmIdentifier ${toHex(der)}`);
    const match = BY_LENGTH.find(([max]) => length <= max);
    if (!match) return fail(`a ${length}-octet signature fits no permitted curve`);
    const [, curve, expected] = match;
    return bytesEqual(der, expected)
      ? pass
      : fail(`signature AlgorithmIdentifier ${toHex(der)} does not match a ${curve} signing key`);
  },
};
