import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies } from '../../support/br_fixtures.js';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_organizational_unit_name_prohibited';
const WITH_OU = name(
  ['C', 'US'],
  ['O', 'Example Inc'],
  ['OU', 'Web'],
  ['L', 'Springfield'],
  ['CN', 'www.example.com'],
);
const OV = policies(OID.brOrganizationValidated);

describe(LINT, () => {
  it('passes a subject without organizationalUnitName', () => assertLint(LINT, leaf(), 'pass'));
  it('flags organizationalUnitName', () => assertLint(LINT, leaf({ subject: WITH_OU, ext: OV }), 'error'));
  it('does not apply to CA certificates', () => assertLint(LINT, subCA({ subject: WITH_OU }), 'NA'));
  it('is not effective before 1 September 2022', () =>
    assertLint(
      LINT,
      leaf({
        subject: WITH_OU,
        ext: OV,
        notBefore: new Date('2022-08-31T00:00:00Z'),
        notAfter: new Date('2022-10-31T00:00:00Z'),
      }),
      'NE',
    ));
});
