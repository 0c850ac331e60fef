import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'w_rsa_public_exponent_not_in_range';

describe(LINT, () => {
  it('passes 65537 and 2^256-1', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 2n ** 256n - 1n) }), 'pass');
  });
  it('warns about 3 and 2^256+1', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 3n) }), 'warn');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 2n ** 256n + 1n) }), 'warn');
  });
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p521' }), 'NA'));
});
