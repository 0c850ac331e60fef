import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_certificate_policies_missing';

describe(LINT, () => {
  it('passes with certificatePolicies', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a missing certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'error'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
});
