import { describe, it } from 'node:test';
import { sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_name_constraint_empty';

describe(LINT, () => {
  it('passes excludedSubtrees alone', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ excluded: [{ dns: 'example.org' }] }) } }),
      'pass',
    ));
  it('flags an empty sequence', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.nameConstraints]: ext.raw(OID.nameConstraints, true, sequence()) } }),
      'error',
    ));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
