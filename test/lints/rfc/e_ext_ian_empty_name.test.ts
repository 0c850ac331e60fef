import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_empty_name';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('flags an empty URI', () => assertLint(LINT, withIan({ uri: '' }), 'error'));
});
