import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_dsa_correct_order_in_subgroup';
// Toy group: p = 23, q = 11, g = 4 has order 11; y = 4^3 mod 23 = 18 is in the subgroup, 5 (order 22) is not.
const when = issued('2015-06-01T00:00:00Z');

describe(LINT, () => {
  it('passes y of order q', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n), ...when }), 'pass'));
  it('flags y outside the subgroup', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 5n), ...when }), 'error'));
  it('is not applicable to RSA keys or DSA keys without parameters', () => {
    assertLint(LINT, leaf(when), 'NA');
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 5n, false), ...when }), 'NA');
  });
  it('is no longer effective from BR 1.7.1', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 5n), ...issued('2021-01-01T00:00:00Z') }), 'NE'));
});
