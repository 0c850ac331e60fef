import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_dns_not_ia5_string';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('flags an octet above 0x7F', () => assertLint(LINT, withIan('b\u00fccher.example'), 'error'));
  it('is NA without an issuerAltName', () => assertLint(LINT, leaf(), 'NA'));
});
