/** Certificates and CRLs for the RFC 5280 lint tests that the builders cannot make alone. */
import { bitString, type Der, explicit, integer, sequence, time } from '../../src/der/encode.js';
import { OID } from '../../src/x509/oids.js';
import { alg, DEFAULT_THIS_UPDATE, ext, type GN, ISSUER_NAME, leaf, signWith } from './certs.js';

/** The default leaf with its subjectAltName replaced by these names. */
export const withSan = (...names: (GN | string)[]): Uint8Array =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

/** The default leaf with an issuerAltName of these names. */
export const withIan = (...names: (GN | string)[]): Uint8Array =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

/**
 * A CRL of the test issuer whose revokedCertificates field is encoded as given, for what the builder
 * never writes: an empty list, an empty crlEntryExtensions.
 */
export function crlWithRevokedList(revokedCertificates: Der): Uint8Array {
  const tbs = sequence(
    integer(1),
    alg.sha256WithRSA,
    ISSUER_NAME,
    time(DEFAULT_THIS_UPDATE),
    time(new Date(DEFAULT_THIS_UPDATE.getTime() + 86_400_000)),
    revokedCertificates,
    explicit(0, sequence(ext.authorityKeyIdentifier(Uint8Array.of(1, 2, 3)), ext.crlNumber(1))),
  );
  return sequence(tbs, alg.sha256WithRSA, bitString(signWith('rsa2048', tbs)));
}
