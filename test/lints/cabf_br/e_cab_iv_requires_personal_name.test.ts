import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2023, policies } from '../../support/br_fixtures.js';
import { type Attr, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_iv_requires_personal_name';
const IV = policies(OID.brIndividualValidated);
const iv = (...attrs: Attr[]) =>
  leaf({
    ...EARLY_2023,
    subject: name(['C', 'US'], ['L', 'Springfield'], ...attrs, ['CN', 'www.example.com']),
    ext: IV,
  });

describe(LINT, () => {
  it('passes givenName and surname', () => assertLint(LINT, iv(['GN', 'Ada'], ['SN', 'Lovelace']), 'pass'));
  it('passes organizationName alone', () => assertLint(LINT, iv(['O', 'Example Inc']), 'pass'));
  it('flags givenName without surname', () => assertLint(LINT, iv(['GN', 'Ada']), 'error'));
  it('flags surname without givenName', () => assertLint(LINT, iv(['SN', 'Lovelace']), 'error'));
  it('flags neither', () => assertLint(LINT, iv(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(EARLY_2023), 'NA'));
  it('is no longer effective from BR 2.0.0', () => assertLint(LINT, leaf({ ext: IV }), 'NE'));
});
