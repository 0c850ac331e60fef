import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_country_not_iso';
const withCountry = (c: string) =>
  leaf({ subject: name(['C', c], ['O', 'Example Inc'], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes a subject without countryName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes an ISO 3166-1 code', () => assertLint(LINT, withCountry('US'), 'pass'));
  it("passes 'XX'", () => assertLint(LINT, withCountry('XX'), 'pass'));
  it('ignores case', () => assertLint(LINT, withCountry('de'), 'pass'));
  it("flags 'UK' (the ISO code is GB)", () => assertLint(LINT, withCountry('UK'), 'error'));
  it('flags a three-letter code', () => assertLint(LINT, withCountry('USA'), 'error'));
  it('applies to CA certificates too', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'EU'], ['O', 'X'], ['CN', 'CA']) }), 'error'));
});
