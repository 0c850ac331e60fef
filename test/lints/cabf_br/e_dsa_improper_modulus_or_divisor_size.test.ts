import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued, oddOfBits } from '../keys_validity_fixtures.js';

const LINT = 'e_dsa_improper_modulus_or_divisor_size';
const when = issued('2015-06-01T00:00:00Z');
const dsa = (l: number, n: number) => leaf({ spki: dsaSpki(oddOfBits(l), oddOfBits(n), 2n, 5n), ...when });

describe(LINT, () => {
  it('passes L=2048/N=224, L=2048/N=256 and L=3072/N=256', () => {
    assertLint(LINT, dsa(2048, 224), 'pass');
    assertLint(LINT, dsa(2048, 256), 'pass');
    assertLint(LINT, dsa(3072, 256), 'pass');
  });
  it('flags other sizes', () => {
    assertLint(LINT, dsa(2048, 160), 'error');
    assertLint(LINT, dsa(1024, 160), 'error');
    assertLint(LINT, dsa(3072, 224), 'error');
  });
  it('is not applicable to RSA keys', () => assertLint(LINT, leaf(), 'NA'));
});
