import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_uri_format_invalid';

describe(LINT, () => {
  it('passes', () =>
    assertLint(LINT, withSan({ uri: 'https://example.com/path' }, { uri: 'urn:isbn:0451450523' }), 'pass'));
  it('flags a URI without scheme', () => assertLint(LINT, withSan({ uri: 'www.example.com' }), 'error'));
  it('flags a URI without scheme-specific part', () =>
    assertLint(LINT, withSan({ uri: 'https://' }), 'error'));
  it('flags an unparseable URI', () => assertLint(LINT, withSan({ uri: 'https://exa mple.com/' }), 'error'));
});
