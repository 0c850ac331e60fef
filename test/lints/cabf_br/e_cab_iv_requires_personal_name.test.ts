import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_iv_requires_personal_name';
const BR1 = { notBefore: new Date('2023-01-01T00:00:00Z'), notAfter: new Date('2023-03-01T00:00:00Z') };
const iv = (...attrs: Attr[]) =>
  leaf({
    ...BR1,
    subject: name(['C', 'US'], ['L', 'Springfield'], ...attrs, ['CN', 'www.example.com']),
    ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brIndividualValidated]) },
  });

describe(LINT, () => {
  it('passes givenName and surname', () => assertLint(LINT, iv(['GN', 'Ada'], ['SN', 'Lovelace']), 'pass'));
  it('passes organizationName alone', () => assertLint(LINT, iv(['O', 'Example Inc']), 'pass'));
  it('flags givenName without surname', () => assertLint(LINT, iv(['GN', 'Ada']), 'error'));
  it('flags surname without givenName', () => assertLint(LINT, iv(['SN', 'Lovelace']), 'error'));
  it('flags neither', () => assertLint(LINT, iv(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(BR1), 'NA'));
  it('is no longer effective from BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brIndividualValidated]) } }),
      'NE',
    ));
});
