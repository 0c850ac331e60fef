import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_dsa_unique_correct_representation';
const when = issued('2015-06-01T00:00:00Z');
const dsaY = (y: bigint) => leaf({ spki: dsaSpki(23n, 11n, 4n, y), ...when });

describe(LINT, () => {
  it('passes 2 <= y <= p-2', () => {
    assertLint(LINT, dsaY(2n), 'pass');
    assertLint(LINT, dsaY(21n), 'pass');
  });
  it('flags y = 1 and y = p-1', () => {
    assertLint(LINT, dsaY(1n), 'error');
    assertLint(LINT, dsaY(22n), 'error');
  });
  it('is not applicable to RSA keys', () => assertLint(LINT, leaf(when), 'NA'));
  it('is no longer effective from BR 1.7.1', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 1n) }), 'NE'));
});
