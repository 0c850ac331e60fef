import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_postal_code_must_not_appear';
const subject = (...attrs: Attr[]) =>
  leaf({
    subject: name(['C', 'US'], ['L', 'Springfield'], ['ST', 'Illinois'], ...attrs, ['CN', 'www.example.com']),
  });
const FIELD: Attr = ['postalCode', '62701'];

describe(LINT, () => {
  it('passes a subject without postalCode', () => assertLint(LINT, leaf(), 'pass'));
  it('passes postalCode with organizationName', () =>
    assertLint(LINT, subject(['O', 'Example Inc'], FIELD), 'pass'));
  it('passes postalCode with givenName and surname', () =>
    assertLint(LINT, subject(['GN', 'Ada'], ['SN', 'Lovelace'], FIELD), 'pass'));
  it('flags postalCode without organizationName, givenName or surname', () =>
    assertLint(LINT, leaf({ subject: name(['C', 'US'], FIELD, ['CN', 'www.example.com']) }), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], FIELD, ['CN', 'CA']) }), 'NA'));
});
