import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019 } from '../../support/br_fixtures.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_policy_qualifiers_other_than_cps_not_permitted';
const policy = (spec: { cps?: string; userNotice?: string }) => ({
  ext: { [OID.certificatePolicies]: ext.certificatePolicies([{ oid: OID.brDomainValidated, ...spec }]) },
});

describe(LINT, () => {
  it('passes with a CPS qualifier', () =>
    assertLint(LINT, leaf(policy({ cps: 'https://ca.example.net/cps' })), 'pass'));
  it('passes without qualifiers', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a user notice qualifier', () =>
    assertLint(LINT, leaf(policy({ userNotice: 'Terms apply' })), 'error'));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ...policy({ userNotice: 'Terms apply' }) }), 'NE'));
});
