import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_dsa_params_missing';
const when = issued('2015-06-01T00:00:00Z');

describe(LINT, () => {
  it('passes a key with p, q and g', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n), ...when }), 'pass'));
  it('flags inherited (absent) parameters', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n, false), ...when }), 'error'));
  it('flags a zero parameter', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 0n, 18n), ...when }), 'error'));
  it('is not applicable to RSA keys', () => assertLint(LINT, leaf(when), 'NA'));
  it('is no longer effective from BR 1.7.1', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n, false) }), 'NE'));
});
