import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_public_exponent_too_small';

describe(LINT, () => {
  it('passes 3 and 65537', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 3n) }), 'pass');
    assertLint(LINT, leaf(), 'pass');
  });
  it('flags 1 and 2', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 1n) }), 'error');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 2n) }), 'error');
  });
  it('is not applicable to Ed25519 keys', () => assertLint(LINT, leaf({ key: 'ed25519' }), 'NA'));
});
