import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_name_constraints_not_critical';

describe(LINT, () => {
  it('passes with critical nameConstraints', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ permitted: [{ dns: 'example.com' }] }) } }),
      'pass',
    ));
  it('warns on non-critical nameConstraints', () =>
    assertLint(
      LINT,
      subCA({
        ext: { [OID.nameConstraints]: ext.nameConstraints({ permitted: [{ dns: 'example.com' }] }, false) },
      }),
      'warn',
    ));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
