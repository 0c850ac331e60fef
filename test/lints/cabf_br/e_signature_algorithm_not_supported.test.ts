import { describe, it } from 'node:test';
import { nullValue, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { alg, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { pssAlg } from '../keys_validity_fixtures.js';

const LINT = 'e_signature_algorithm_not_supported';

describe(LINT, () => {
  it('passes RSA and ECDSA with SHA-2, and SHA-1 (judged by another lint)', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ signer: 'p384' }), 'pass');
    assertLint(LINT, leaf({ signatureAlgorithm: alg.sha1WithRSA }), 'pass');
  });
  it('passes RSASSA-PSS in a BR 7.1.3.2.1 encoding (zlint warns)', () =>
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(1, 32) }), 'pass'));
  it('flags MD5, Ed25519 and irregular RSASSA-PSS', () => {
    assertLint(LINT, leaf({ signatureAlgorithm: sequence(oid(OID.md5WithRSA), nullValue()) }), 'error');
    assertLint(LINT, leaf({ signer: 'ed25519' }), 'error');
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(1, 20) }), 'error');
  });
});
