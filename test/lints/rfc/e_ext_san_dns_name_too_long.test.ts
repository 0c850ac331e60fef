import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_dns_name_too_long';

describe(LINT, () => {
  it('passes 253 octets', () =>
    assertLint(LINT, withSan(`${'a.'.repeat(121)}example.com`.slice(-253)), 'pass'));
  it('flags a name over 253 octets', () =>
    assertLint(
      LINT,
      withSan(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.com`),
      'error',
    ));
  it('is NA without dNSNames', () => assertLint(LINT, withSan({ ip: '8.8.8.8' }), 'NA'));
});
