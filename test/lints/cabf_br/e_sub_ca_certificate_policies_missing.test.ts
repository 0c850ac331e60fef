import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_ca_certificate_policies_missing';

describe(LINT, () => {
  it('passes with certificatePolicies', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a subordinate CA without certificatePolicies', () =>
    assertLint(LINT, subCA({ ext: { [OID.certificatePolicies]: null } }), 'error'));
  it('is NA for a root', () => assertLint(LINT, root(), 'NA'));
});
