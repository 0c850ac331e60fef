import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_policy_iv_requires_country';
const IV = { [OID.certificatePolicies]: ext.certificatePolicies([OID.brIndividualValidated]) };
const iv = (...attrs: Attr[]) =>
  leaf({
    subject: name(...attrs, ['ST', 'Illinois'], ['GN', 'Ada'], ['SN', 'Lovelace'], ['CN', 'www.example.com']),
    ext: IV,
  });

describe(LINT, () => {
  it('passes an IV subject with countryName', () => assertLint(LINT, iv(['C', 'US']), 'pass'));
  it('flags an IV subject without countryName', () => assertLint(LINT, iv(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['O', 'X'], ['CN', 'CA']), ext: IV }), 'NA'));
  it('is not effective before BR 1.3.1', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['CN', 'www.example.com']),
        ext: IV,
        notBefore: new Date('2015-09-01T00:00:00Z'),
        notAfter: new Date('2016-09-01T00:00:00Z'),
      }),
      'NE',
    ));
});
