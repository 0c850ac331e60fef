/**
 * Builds real, signed PKCS#10 certification requests (RFC 2986) for tests:
 * the key whose possession is claimed, and the key that actually signs, which
 * differ when a test wants a CSR that must not verify.
 */
import { bitString, type Der, implicitConstructed, integer, sequence } from '../../src/der/encode.js';
import { algorithmFor, type KeyName, key, name, signWith } from './certs.js';

export interface CsrOptions {
  /** The key in the request's SubjectPublicKeyInfo. */
  key?: KeyName;
  /** The key that signs; the request's own key unless a test wants a bad signature. */
  signer?: KeyName;
  subject?: Der;
}

export function csr(options: CsrOptions = {}): Uint8Array {
  const subjectKey = options.key ?? 'rsa2048';
  const signer = options.signer ?? subjectKey;
  const info = sequence(
    integer(0),
    options.subject ?? name(['CN', 'Proof of key compromise']),
    key(subjectKey).spki,
    implicitConstructed(0), // attributes: none
  );
  return sequence(info, algorithmFor(signer), bitString(signWith(signer, info)));
}
