import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_exponent_cannot_be_one';

describe(LINT, () => {
  it('passes 65537', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an exponent of 1', () => assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 1n) }), 'error'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
  it('is not effective before Mozilla policy 2.4', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 1n), ...issued('2016-06-01T00:00:00Z') }), 'NE'));
});
