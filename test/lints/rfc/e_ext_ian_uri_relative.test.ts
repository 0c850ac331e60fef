import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_uri_relative';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan({ uri: 'https://ca.example.com/' }), 'pass'));
  it('flags a relative reference', () =>
    assertLint(LINT, withIan({ uri: 'ca.example.com/policy' }), 'error'));
});
