import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_uri_relative';

describe(LINT, () => {
  it('passes an absolute URI', () => assertLint(LINT, withSan({ uri: 'https://example.com/' }), 'pass'));
  it('flags a network-path reference', () => assertLint(LINT, withSan({ uri: '//example.com/x' }), 'error'));
});
