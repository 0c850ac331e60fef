import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_uri_not_ia5';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan({ uri: 'https://ca.example.com/' }), 'pass'));
  it('flags an octet above 0x7F', () =>
    assertLint(LINT, withIan({ uri: 'https://ca.example.com/\u00e9' }), 'error'));
});
