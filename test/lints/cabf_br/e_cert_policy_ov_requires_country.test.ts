import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_policy_ov_requires_country';
const OV = { [OID.certificatePolicies]: ext.certificatePolicies([OID.brOrganizationValidated]) };
const ov = (...attrs: Attr[]) =>
  leaf({
    subject: name(...attrs, ['ST', 'Illinois'], ['O', 'Example Inc'], ['CN', 'www.example.com']),
    ext: OV,
  });

describe(LINT, () => {
  it('passes an OV subject with countryName', () => assertLint(LINT, ov(['C', 'US']), 'pass'));
  it('flags an OV subject without countryName', () => assertLint(LINT, ov(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['O', 'X'], ['CN', 'CA']), ext: OV }), 'NA'));
  it('is not effective before BR 1.0', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['CN', 'www.example.com']),
        ext: OV,
        notBefore: new Date('2012-06-01T00:00:00Z'),
        notAfter: new Date('2013-06-01T00:00:00Z'),
      }),
      'NE',
    ));
});
