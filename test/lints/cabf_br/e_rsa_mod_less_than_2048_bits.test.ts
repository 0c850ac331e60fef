import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, oddOfBits, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_mod_less_than_2048_bits';

describe(LINT, () => {
  it('passes 2048 and 3072-bit keys', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(3072)) }), 'pass');
  });
  it('flags a 2040-bit key', () => assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(2040)) }), 'error'));
  it('is not applicable to certificates expiring before 2014, or to ECDSA keys', () => {
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(1024)), ...issued('2012-06-01T00:00:00Z') }), 'NA');
    assertLint(LINT, leaf({ key: 'p256' }), 'NA');
  });
});
