import { describe, it } from 'node:test';
import { implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_name_constraint_on_x400';
const withExcluded = (excluded: GN[]) =>
  subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ excluded }) } });

describe(LINT, () => {
  it('passes constraints on dNSName only', () =>
    assertLint(LINT, withExcluded([{ dns: 'example.org' }]), 'pass'));
  it('warns on a constraint on an x400Address', () =>
    assertLint(
      LINT,
      withExcluded([{ dns: 'example.org' }, { raw: implicitConstructed(3, sequence()) }]),
      'warn',
    ));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
