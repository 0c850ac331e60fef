import { describe, it } from 'node:test';
import { EARLY_2023, withSubject } from '../../support/br_fixtures.js';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_invalid_subject_rdn_order';

describe(LINT, () => {
  it('passes the order of the BR table', () =>
    assertLint(
      LINT,
      withSubject(
        ['C', 'US'],
        ['ST', 'Illinois'],
        ['L', 'Springfield'],
        ['postalCode', '62701'],
        ['street', '1 Main St'],
        ['street', '2nd floor'],
        ['O', 'Example Inc'],
        ['CN', 'www.example.com'],
      ),
      'pass',
    ));
  it('lets attributes outside the table sit anywhere', () =>
    assertLint(
      LINT,
      withSubject(['businessCategory', 'Private Organization'], ['C', 'US'], ['CN', 'www.example.com']),
      'pass',
    ));
  it('flags commonName before organizationName', () =>
    assertLint(LINT, withSubject(['C', 'US'], ['CN', 'www.example.com'], ['O', 'Example Inc']), 'error'));
  it('flags the reversed (LDAP-style) order', () =>
    assertLint(LINT, withSubject(['CN', 'www.example.com'], ['O', 'Example Inc'], ['C', 'US']), 'error'));
  it('does not apply to CA certificates', () =>
    assertLint(
      LINT,
      subCA({ subject: name(['CN', 'Example CA'], ['O', 'Example Inc'], ['C', 'US']) }),
      'NA',
    ));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, leaf({ ...EARLY_2023, subject: name(['CN', 'www.example.com'], ['C', 'US']) }), 'NE'));
});
