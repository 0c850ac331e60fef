import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { pssAlg } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_rsassa-pss_parameters_encoding_in_signature_algorithm_correct';

describe(LINT, () => {
  it('passes the three permitted encodings', () => {
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(1, 32) }), 'pass');
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(2, 48) }), 'pass');
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(3, 64) }), 'pass');
  });
  it('flags an irregular salt and absent hash parameters', () => {
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(1, 48) }), 'error');
    assertLint(LINT, leaf({ signatureAlgorithm: pssAlg(2, 48, false) }), 'error');
  });
  it('is not applicable to PKCS #1 v1.5 signatures', () => assertLint(LINT, leaf(), 'NA'));
});
