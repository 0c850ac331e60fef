import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_dv_conflicts_with_org';
const BR1 = { notBefore: new Date('2023-01-01T00:00:00Z'), notAfter: new Date('2023-03-01T00:00:00Z') };
const WITH = name(['C', 'US'], ['O', 'Example Inc'], ['CN', 'www.example.com']);

describe(LINT, () => {
  it('passes a DV subject without it', () => assertLint(LINT, leaf(BR1), 'pass'));
  it('flags a DV subject that includes it', () => assertLint(LINT, leaf({ ...BR1, subject: WITH }), 'error'));
  it('does not apply to OV certificates', () =>
    assertLint(
      LINT,
      leaf({
        ...BR1,
        subject: WITH,
        ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brOrganizationValidated]) },
      }),
      'NA',
    ));
  it('does not apply to CA certificates', () => assertLint(LINT, subCA({ ...BR1, subject: WITH }), 'NA'));
  it('is no longer effective from BR 2.0.0', () => assertLint(LINT, leaf({ subject: WITH }), 'NE'));
});
