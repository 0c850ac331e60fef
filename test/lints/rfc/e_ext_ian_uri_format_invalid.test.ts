import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_uri_format_invalid';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan({ uri: 'https://ca.example.com/' }), 'pass'));
  it('flags a URI without scheme', () =>
    assertLint(LINT, withIan({ uri: 'irrelevantinfo//user@192.168.1.1' }), 'error'));
});
