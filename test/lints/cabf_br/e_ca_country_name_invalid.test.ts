import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_country_name_invalid';
const withCountry = (...cs: string[]) =>
  subCA({ subject: name(...cs.map((c) => ['C', c] as const), ['O', 'Vigil Test PKI'], ['CN', 'CA']) });

describe(LINT, () => {
  it('passes an ISO 3166-1 code', () => assertLint(LINT, subCA(), 'pass'));
  it('accepts several valid codes and ignores case', () => assertLint(LINT, withCountry('DE', 'fr'), 'pass'));
  it('flags an unassigned code', () => assertLint(LINT, withCountry('ZZ'), 'error'));
  it('flags a blank country', () => assertLint(LINT, withCountry(''), 'error'));
  it('flags one bad code among good ones', () => assertLint(LINT, withCountry('US', 'UK'), 'error'));
  it('is NA without a countryName', () =>
    assertLint(LINT, subCA({ subject: name(['O', 'Vigil Test PKI'], ['CN', 'CA']) }), 'NA'));
  it('does not apply to subscriber certificates', () =>
    assertLint(LINT, leaf({ subject: name(['C', 'ZZ'], ['CN', 'www.example.com']) }), 'NA'));
});
