import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_root_ca_basic_constraints_path_len_constraint_field_present';

describe(LINT, () => {
  it('passes without pathLenConstraint', () => assertLint(LINT, root(), 'pass'));
  it('warns on a pathLenConstraint', () =>
    assertLint(LINT, root({ ext: { [OID.basicConstraints]: ext.basicConstraints(true, 1) } }), 'warn'));
  it('warns on a pathLenConstraint of zero', () =>
    assertLint(LINT, root({ ext: { [OID.basicConstraints]: ext.basicConstraints(true, 0) } }), 'warn'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
});
