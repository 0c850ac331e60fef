import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_empty_name';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an empty dNSName', () => assertLint(LINT, withSan('example.com', ''), 'error'));
  it('flags an empty rfc822Name', () => assertLint(LINT, withSan('example.com', { email: '' }), 'error'));
});
