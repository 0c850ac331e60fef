import { describe, it } from 'node:test';
import { withSubject } from '../../support/br_fixtures.js';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_country_name_must_appear';

describe(LINT, () => {
  it('passes a DV subject with commonName only', () => assertLint(LINT, leaf(), 'pass'));
  it('passes organizationName with countryName', () =>
    assertLint(LINT, withSubject(['C', 'US'], ['O', 'Example Inc'], ['CN', 'www.example.com']), 'pass'));
  it('flags organizationName without countryName', () =>
    assertLint(LINT, withSubject(['O', 'Example Inc'], ['CN', 'www.example.com']), 'error'));
  it('flags surname without countryName', () =>
    assertLint(LINT, withSubject(['SN', 'Lovelace'], ['CN', 'www.example.com']), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['O', 'X'], ['CN', 'CA']) }), 'NA'));
  it('is not effective before BR 1.4.1', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['O', 'Example Inc'], ['CN', 'www.example.com']),
        notBefore: new Date('2016-09-01T00:00:00Z'),
        notAfter: new Date('2017-09-01T00:00:00Z'),
      }),
      'NE',
    ));
});
