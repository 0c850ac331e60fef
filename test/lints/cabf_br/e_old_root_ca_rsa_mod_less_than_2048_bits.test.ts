import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, oddOfBits, realModulus, rootCA, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_old_root_ca_rsa_mod_less_than_2048_bits';
const old = issued('2010-06-01T00:00:00Z', 3650);

describe(LINT, () => {
  it('passes a 2048-bit root valid from 2010', () =>
    assertLint(LINT, rootCA({ spki: rsaSpki(realModulus()), ...old }), 'pass'));
  it('flags a 1024-bit root valid from 2010', () =>
    assertLint(LINT, rootCA({ spki: rsaSpki(oddOfBits(1024)), ...old }), 'error'));
  it('is not applicable to roots valid from 2011, or to leaves', () => {
    assertLint(
      LINT,
      rootCA({ spki: rsaSpki(oddOfBits(1024)), ...issued('2011-01-01T00:00:00Z', 3650) }),
      'NA',
    );
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(1024)), ...old }), 'NA');
  });
});
