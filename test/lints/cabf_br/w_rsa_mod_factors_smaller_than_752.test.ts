import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'w_rsa_mod_factors_smaller_than_752';

describe(LINT, () => {
  it('passes real moduli', () => {
    assertLint(LINT, leaf(), 'pass');
  });
  it('warns about factors 3, 751 and 2', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() * 3n) }), 'warn');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() * 751n) }), 'warn');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() * 2n) }), 'warn');
  });
  it('passes a factor of 757, the first prime above the bound', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() * 757n) }), 'pass'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
  it('is not effective before BR 1.1.3', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus() * 3n), ...issued('2012-06-01T00:00:00Z') }), 'NE'));
});
