import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_basic_constraints_not_critical';

describe(LINT, () => {
  it('passes a CA whose basicConstraints is critical', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a CA whose basicConstraints is not critical', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.basicConstraints]: ext.basicConstraints(true, 0, false) } }),
      'error',
    ));
  it('is NA for a non-CA certificate', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.basicConstraints]: ext.basicConstraints(false, undefined, false) } }),
      'NA',
    ));
});
