import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_dns_not_ia5_string';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an octet above 0x7F', () => assertLint(LINT, withSan('b\u00fccher.example'), 'error'));
});
