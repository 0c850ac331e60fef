import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_name_constraint_on_registered_id';
const withExcluded = (excluded: GN[]) =>
  subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ excluded }) } });

describe(LINT, () => {
  it('passes constraints on dNSName only', () =>
    assertLint(LINT, withExcluded([{ dns: 'example.org' }]), 'pass'));
  it('warns on a constraint on a registeredID', () =>
    assertLint(LINT, withExcluded([{ dns: 'example.org' }, { rid: '1.2.3.4' }]), 'warn'));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
