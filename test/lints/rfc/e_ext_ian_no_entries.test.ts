import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_no_entries';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('flags an empty sequence', () => assertLint(LINT, withIan(), 'error'));
});
