/**
 * The signature check behind classify.ts's isSelfSigned, as zcrypto's
 * SelfSigned flag makes it: does the certificate's signature verify under its
 * own public key? Comparing names and key identifiers alone would call a
 * certificate self-signed when a CA re-uses its name for a key it did not
 * sign with.
 */
import type { Certificate } from './certificate.js';
import { verifySignature } from './signature.js';

/**
 * Whether the certificate's signature verifies under its own public key:
 * undefined when that cannot be checked here (a bare tbsCertificate, an
 * algorithm or key type Node does not handle).
 */
export function signedWithOwnKey(cert: Certificate): boolean | undefined {
  if (cert.kind === 'tbsCertificate') return undefined;
  return verifySignature(cert.publicKey, cert.signatureAlgorithm.oid, cert.tbsDer, cert.signature);
}
