import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { dsaSpki, issued, pssSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_public_key_type_not_allowed';

describe(LINT, () => {
  it('passes RSA, ECDSA and DSA keys', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ key: 'p384' }), 'pass');
    assertLint(LINT, leaf({ spki: dsaSpki(23n, 11n, 4n, 18n) }), 'pass');
  });
  it('flags Ed25519 and id-RSASSA-PSS keys', () => {
    assertLint(LINT, leaf({ key: 'ed25519' }), 'error');
    assertLint(LINT, leaf({ spki: pssSpki() }), 'error');
  });
  it('is not effective before the BRs', () =>
    assertLint(LINT, leaf({ key: 'ed25519', ...issued('2011-06-01T00:00:00Z') }), 'NE'));
});
