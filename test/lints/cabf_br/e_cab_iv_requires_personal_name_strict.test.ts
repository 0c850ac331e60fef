import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2023, policies } from '../../support/br_fixtures.js';
import { type Attr, type CertOptions, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_iv_requires_personal_name_strict';
const iv = (attrs: Attr[], options: CertOptions = {}) =>
  leaf({
    ...options,
    subject: name(['C', 'US'], ['L', 'Springfield'], ...attrs, ['CN', 'www.example.com']),
    ext: policies(OID.brIndividualValidated),
  });

describe(LINT, () => {
  it('passes givenName and surname', () =>
    assertLint(
      LINT,
      iv([
        ['GN', 'Ada'],
        ['SN', 'Lovelace'],
      ]),
      'pass',
    ));
  it('flags organizationName without a personal name', () =>
    assertLint(LINT, iv([['O', 'Example Inc']]), 'error'));
  it('flags givenName alone', () => assertLint(LINT, iv([['GN', 'Ada']]), 'error'));
  it('flags surname alone', () => assertLint(LINT, iv([['SN', 'Lovelace']]), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, iv([['O', 'Example Inc']], EARLY_2023), 'NE'));
});
