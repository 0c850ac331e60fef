import { describe, it } from 'node:test';
import { ev, without } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_invalid_business_category';

const withCategory = (c: string) => ev([...without('businessCategory'), ['businessCategory', c]]);

describe(LINT, () => {
  it('passes Private Organization', () => assertLint(LINT, ev(), 'pass'));
  it('passes Non-Commercial Entity', () => assertLint(LINT, withCategory('Non-Commercial Entity'), 'pass'));
  it('flags a misspelt category', () => assertLint(LINT, withCategory('Private Organisation'), 'error'));
  it('flags an industry name', () => assertLint(LINT, withCategory('Healthcare'), 'error'));
  it('does not apply without businessCategory', () =>
    assertLint(LINT, ev(without('businessCategory')), 'NA'));
});
