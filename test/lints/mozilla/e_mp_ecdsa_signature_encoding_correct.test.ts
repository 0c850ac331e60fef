import { describe, it } from 'node:test';
import { nullValue, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { alg, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_mp_ecdsa_signature_encoding_correct';

describe(LINT, () => {
  it('passes the hash that matches each signing curve', () => {
    for (const signer of ['p256', 'p384', 'p521'] as const) assertLint(LINT, leaf({ signer }), 'pass');
  });
  it('flags SHA-256 with a P-384 signature and SHA-512 with a P-256 signature', () => {
    assertLint(LINT, leaf({ signer: 'p384', signatureAlgorithm: alg.ecdsaWithSha256 }), 'error');
    assertLint(LINT, leaf({ signer: 'p256', signatureAlgorithm: alg.ecdsaWithSha512 }), 'error');
  });
  it('flags a NULL parameter', () =>
    assertLint(
      LINT,
      leaf({ signer: 'p256', signatureAlgorithm: sequence(oid(OID.ecdsaWithSha256), nullValue()) }),
      'error',
    ));
  it('is not applicable to RSA signatures', () => assertLint(LINT, leaf(), 'NA'));
});
