import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'n_san_iana_pub_suffix_empty';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a private-section suffix', () => assertLint(LINT, withSan('foo.github.io'), 'pass'));
  it('notes a bare ICANN suffix', () => assertLint(LINT, withSan('example.com', 'co.uk'), 'notice'));
});
