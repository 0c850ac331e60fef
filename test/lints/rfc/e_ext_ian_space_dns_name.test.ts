import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_space_dns_name';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('flags a single-space dNSName', () => assertLint(LINT, withIan(' '), 'error'));
});
