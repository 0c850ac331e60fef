import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_contains_noninformational_value';
const withLocality = (l: string) => leaf({ subject: name(['C', 'US'], ['L', l], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes real values', () => assertLint(LINT, withLocality('Springfield'), 'pass'));
  it('passes a value made of non-ASCII letters', () => assertLint(LINT, withLocality('東京'), 'pass'));
  it("flags '-'", () => assertLint(LINT, withLocality('-'), 'error'));
  it("flags '.'", () => assertLint(LINT, withLocality('.'), 'error'));
  it("flags ' '", () => assertLint(LINT, withLocality(' '), 'error'));
  it('flags an empty value', () => assertLint(LINT, withLocality(''), 'error'));
});
