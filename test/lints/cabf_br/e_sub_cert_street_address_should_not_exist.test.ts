import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_street_address_should_not_exist';
const subject = (...attrs: Attr[]) =>
  leaf({
    subject: name(['C', 'US'], ['L', 'Springfield'], ['ST', 'Illinois'], ...attrs, ['CN', 'www.example.com']),
  });
const FIELD: Attr = ['street', '1 Main St'];

describe(LINT, () => {
  it('passes a subject without streetAddress', () => assertLint(LINT, leaf(), 'pass'));
  it('passes streetAddress with organizationName', () =>
    assertLint(LINT, subject(['O', 'Example Inc'], FIELD), 'pass'));
  it('passes streetAddress with givenName and surname', () =>
    assertLint(LINT, subject(['GN', 'Ada'], ['SN', 'Lovelace'], FIELD), 'pass'));
  it('flags streetAddress without organizationName, givenName or surname', () =>
    assertLint(LINT, leaf({ subject: name(['C', 'US'], FIELD, ['CN', 'www.example.com']) }), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], FIELD, ['CN', 'CA']) }), 'NA'));
});
