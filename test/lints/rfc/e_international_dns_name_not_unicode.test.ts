import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_international_dns_name_not_unicode';

describe(LINT, () => {
  it('passes valid Punycode', () => assertLint(LINT, withSan('xn--bcher-kva.example'), 'pass'));
  it('flags an invalid Punycode label', () => assertLint(LINT, withSan('xn--a!b.example.com'), 'error'));
  it('flags an overflowing Punycode label', () =>
    assertLint(LINT, withSan('XN--999999999999a.example.com'), 'error'));
});
