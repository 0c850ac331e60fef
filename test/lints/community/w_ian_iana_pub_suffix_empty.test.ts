import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'w_ian_iana_pub_suffix_empty';

describe(LINT, () => {
  it('passes three labels', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('warns on two labels', () => assertLint(LINT, withIan('example.com'), 'warn'));
});
