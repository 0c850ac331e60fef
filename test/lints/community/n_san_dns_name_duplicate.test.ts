import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'n_san_dns_name_duplicate';

describe(LINT, () => {
  it('passes distinct names', () => assertLint(LINT, leaf(), 'pass'));
  it('notes a name repeated in another case', () =>
    assertLint(LINT, withSan('www.example.com', 'WWW.Example.com'), 'notice'));
});
