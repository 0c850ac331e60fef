import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { oddOfBits, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_modulus_must_be_divisible_by_8';

describe(LINT, () => {
  it('passes 2048 and 3072 bits', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(3072)) }), 'pass');
  });
  it('flags 2047 and 2049 bits', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(2047)) }), 'error');
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(2049)) }), 'error');
  });
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
});
