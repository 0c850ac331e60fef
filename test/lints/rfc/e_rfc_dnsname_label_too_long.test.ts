import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_rfc_dnsname_label_too_long';

describe(LINT, () => {
  it('passes a 63-octet label', () => assertLint(LINT, withSan(`${'a'.repeat(63)}.example.com`), 'pass'));
  it('flags a 64-octet label', () => assertLint(LINT, withSan(`${'a'.repeat(64)}.example.com`), 'error'));
});
