import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_prohibit_dsa_usage';

describe(LINT, () => {
  it('passes RSA and ECDSA keys', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ key: 'p256' }), 'pass');
  });
  it('flags a DSA key', () => assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n) }), 'error'));
  it('is not effective before Mozilla policy 2.4.1', () =>
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n), ...issued('2017-01-01T00:00:00Z') }), 'NE'));
});
