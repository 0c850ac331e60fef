import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { oddOfBits, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_modulus_must_be_2048_bits_or_more';

describe(LINT, () => {
  it('passes 2048 and 3072 bits', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(3072)) }), 'pass');
  });
  it('flags 1024 bits', () => assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(1024)) }), 'error'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p384' }), 'NA'));
});
