import { describe, it } from 'node:test';
import { withSubject } from '../../support/br_fixtures.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_contains_organizational_unit_name_and_no_organization_name';
const OU_ONLY = name(['OU', 'Web'], ['CN', 'www.example.com']);

describe(LINT, () => {
  it('passes organizationalUnitName with organizationName', () =>
    assertLint(LINT, withSubject(['O', 'Example Inc'], ['OU', 'Web'], ['CN', 'www.example.com']), 'pass'));
  it('flags organizationalUnitName without organizationName', () =>
    assertLint(LINT, leaf({ subject: OU_ONLY }), 'error'));
  it('is NA without organizationalUnitName', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before BR 1.7.9', () =>
    assertLint(
      LINT,
      leaf({
        subject: OU_ONLY,
        notBefore: new Date('2021-08-01T00:00:00Z'),
        notAfter: new Date('2021-10-01T00:00:00Z'),
      }),
      'NE',
    ));
});
