import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_rfc_dnsname_hyphen_in_sld';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a trailing hyphen in the registrable label', () =>
    assertLint(LINT, withSan('example-.com'), 'error'));
  it('is NA for a bare public suffix', () => assertLint(LINT, withSan('com'), 'NA'));
});
