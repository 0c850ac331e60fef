import { describe, it } from 'node:test';
import { leaf, name, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_country_name_missing';

describe(LINT, () => {
  it('passes a CA with a countryName', () => assertLint(LINT, subCA(), 'pass'));
  it('passes a root with a countryName', () => assertLint(LINT, root(), 'pass'));
  it('flags a CA without a countryName', () =>
    assertLint(LINT, subCA({ subject: name(['O', 'Vigil Test PKI'], ['CN', 'CA']) }), 'error'));
  it('flags a blank countryName', () =>
    assertLint(LINT, subCA({ subject: name(['C', ''], ['O', 'Vigil Test PKI'], ['CN', 'CA']) }), 'error'));
  it('does not apply to subscriber certificates', () => assertLint(LINT, leaf(), 'NA'));
});
