import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'w_rfc_dnsname_underscore_in_trd';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('ex_ample.com'), 'pass'));
  it('warns on an underscore in a subdomain label', () =>
    assertLint(LINT, withSan('a_b.example.com'), 'warn'));
});
