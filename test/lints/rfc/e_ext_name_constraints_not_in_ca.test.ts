import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_name_constraints_not_in_ca';
const nc = { [OID.nameConstraints]: ext.nameConstraints({ permitted: [{ dns: 'example.com' }] }) };

describe(LINT, () => {
  it('passes nameConstraints in a CA', () => assertLint(LINT, subCA({ ext: nc }), 'pass'));
  it('flags nameConstraints in a leaf', () => assertLint(LINT, leaf({ ext: nc }), 'error'));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
