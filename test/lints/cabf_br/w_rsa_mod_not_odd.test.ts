import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'w_rsa_mod_not_odd';

describe(LINT, () => {
  it('passes a real modulus', () => assertLint(LINT, leaf(), 'pass'));
  it('warns about an even modulus', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() + 1n) }), 'warn'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
});
