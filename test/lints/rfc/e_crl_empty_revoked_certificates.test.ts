import { describe, it } from 'node:test';
import { bitString, explicit, integer, sequence, time } from '../../../src/der/encode.js';
import { alg, crl, DEFAULT_THIS_UPDATE, ext, ISSUER_NAME, signWith } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_empty_revoked_certificates';

/** A CRL encoding revokedCertificates as an empty SEQUENCE, which the builder never does. */
function emptyListCrl(): Uint8Array {
  const tbs = sequence(
    integer(1),
    alg.sha256WithRSA,
    ISSUER_NAME,
    time(DEFAULT_THIS_UPDATE),
    time(new Date(DEFAULT_THIS_UPDATE.getTime() + 86_400_000)),
    sequence(),
    explicit(0, sequence(ext.authorityKeyIdentifier(Uint8Array.of(1, 2, 3)), ext.crlNumber(1))),
  );
  return sequence(tbs, alg.sha256WithRSA, bitString(signWith('rsa2048', tbs)));
}

describe(LINT, () => {
  it('passes a CRL with entries', () => assertLint(LINT, crl(), 'pass'));
  it('passes a CRL that omits the empty list', () => assertLint(LINT, crl({ revoked: [] }), 'pass'));
  it('flags an empty revokedCertificates SEQUENCE', () => assertLint(LINT, emptyListCrl(), 'error'));
});
