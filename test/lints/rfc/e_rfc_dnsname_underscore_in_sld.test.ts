import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_rfc_dnsname_underscore_in_sld';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('a_b.example.com'), 'pass'));
  it('flags an underscore in the registrable label', () =>
    assertLint(LINT, withSan('ex_ample.com'), 'error'));
});
