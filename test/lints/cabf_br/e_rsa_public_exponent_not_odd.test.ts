import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_public_exponent_not_odd';

describe(LINT, () => {
  it('passes 65537 and 3', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 3n) }), 'pass');
  });
  it('flags an even exponent', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 65536n) }), 'error'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
  it('is not effective before BR 1.1.3', () =>
    assertLint(
      LINT,
      leaf({ spki: rsaSpki(realModulus(), 65536n), ...issued('2012-06-01T00:00:00Z') }),
      'NE',
    ));
});
