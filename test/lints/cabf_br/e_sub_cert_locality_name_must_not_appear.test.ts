import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_locality_name_must_not_appear';
const subject = (...attrs: Attr[]) =>
  leaf({
    subject: name(['C', 'US'], ['L', 'Springfield'], ['ST', 'Illinois'], ...attrs, ['CN', 'www.example.com']),
  });
const FIELD: Attr = ['L', 'Springfield'];

describe(LINT, () => {
  it('passes a subject without localityName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes localityName with organizationName', () =>
    assertLint(LINT, subject(['O', 'Example Inc'], FIELD), 'pass'));
  it('passes localityName with givenName and surname', () =>
    assertLint(LINT, subject(['GN', 'Ada'], ['SN', 'Lovelace'], FIELD), 'pass'));
  it('flags localityName without organizationName, givenName or surname', () =>
    assertLint(LINT, leaf({ subject: name(['C', 'US'], FIELD, ['CN', 'www.example.com']) }), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], FIELD, ['CN', 'CA']) }), 'NA'));
});
