import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_rfc822_format_invalid';

describe(LINT, () => {
  it('passes a bare mailbox', () => assertLint(LINT, withIan({ email: 'ca@example.com' }), 'pass'));
  it('flags an angle-bracketed address', () =>
    assertLint(LINT, withIan({ email: '<ca@example.com>' }), 'error'));
  it('flags a display name', () => assertLint(LINT, withIan({ email: 'The CA ca@example.com' }), 'error'));
  it('flags a trailing comment', () => assertLint(LINT, withIan({ email: 'ca@example.com(CA)' }), 'error'));
});
