import { describe, it } from 'node:test';
import { implicit, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_policy_constraints_empty';
const withPc = (...fields: Uint8Array[]) =>
  subCA({ ext: { [OID.policyConstraints]: ext.raw(OID.policyConstraints, true, sequence(...fields)) } });

describe(LINT, () => {
  it('passes requireExplicitPolicy', () => assertLint(LINT, withPc(implicit(0, Uint8Array.of(0))), 'pass'));
  it('flags an empty sequence', () => assertLint(LINT, withPc(), 'error'));
  it('is NA without policyConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
