import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_locality_name_must_appear';
const subject = (...attrs: Attr[]) =>
  leaf({ subject: name(['C', 'US'], ...attrs, ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes a subject without organization or person', () => assertLint(LINT, leaf(), 'pass'));
  it('passes organizationName with localityName', () =>
    assertLint(LINT, subject(['O', 'Example Inc'], ['L', 'X']), 'pass'));
  it('passes organizationName with the other address field instead', () =>
    assertLint(LINT, subject(['O', 'Example Inc'], ['ST', 'X']), 'pass'));
  it('flags organizationName with neither', () => assertLint(LINT, subject(['O', 'Example Inc']), 'error'));
  it('flags givenName with neither', () => assertLint(LINT, subject(['GN', 'Ada']), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['O', 'X'], ['CN', 'CA']) }), 'NA'));
});
