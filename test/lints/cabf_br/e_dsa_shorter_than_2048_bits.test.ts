import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued, oddOfBits } from '../keys_validity_fixtures.js';

const LINT = 'e_dsa_shorter_than_2048_bits';
const when = issued('2015-06-01T00:00:00Z');
const dsa = (l: number, n: number) => leaf({ spki: dsaSpki(oddOfBits(l), oddOfBits(n), 2n, 5n), ...when });

describe(LINT, () => {
  it('passes L=2048 with N=224 and L=3072 with N=256', () => {
    assertLint(LINT, dsa(2048, 224), 'pass');
    assertLint(LINT, dsa(3072, 256), 'pass');
  });
  it('flags a 1024-bit modulus', () => assertLint(LINT, dsa(1024, 160), 'error'));
  it('flags a 160-bit divisor', () => assertLint(LINT, dsa(2048, 160), 'error'));
  it('is not applicable to RSA keys', () => assertLint(LINT, leaf(), 'NA'));
});
