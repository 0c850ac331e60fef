import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies } from '../../support/br_fixtures.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_given_name_surname_contains_correct_policy';
const PERSON = name(
  ['C', 'US'],
  ['ST', 'Illinois'],
  ['GN', 'Ada'],
  ['SN', 'Lovelace'],
  ['CN', 'www.example.com'],
);

describe(LINT, () => {
  it('passes a personal name under the IV policy', () =>
    assertLint(LINT, leaf({ subject: PERSON, ext: policies(OID.brIndividualValidated) }), 'pass'));
  it('flags a personal name under the OV policy', () =>
    assertLint(LINT, leaf({ subject: PERSON, ext: policies(OID.brOrganizationValidated) }), 'error'));
  it('flags a surname alone under the DV policy', () =>
    assertLint(LINT, leaf({ subject: name(['SN', 'Lovelace'], ['CN', 'www.example.com']) }), 'error'));
  it('is NA without givenName or surname', () => assertLint(LINT, leaf(), 'NA'));
});
