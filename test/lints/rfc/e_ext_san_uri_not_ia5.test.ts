import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_uri_not_ia5';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('example.com', { uri: 'https://example.com/' }), 'pass'));
  it('flags an octet above 0x7F', () =>
    assertLint(LINT, withSan({ uri: 'https://b\u00fccher.example/' }), 'error'));
});
