import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_path_len_constraint_improperly_included';

describe(LINT, () => {
  it('passes a CA with pathLen and keyCertSign', () => assertLint(LINT, subCA(), 'pass'));
  it('passes a leaf without pathLen', () => assertLint(LINT, leaf(), 'pass'));
  it('flags pathLen without cA', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: ext.basicConstraints(false, 0) } }), 'error'));
  it('flags pathLen in a CA whose keyUsage lacks keyCertSign', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: ext.keyUsage([KU.cRLSign]) } }), 'error'));
  it('flags pathLen in a CA without keyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'error'));
  it('is NA without basicConstraints', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: null } }), 'NA'));
});
