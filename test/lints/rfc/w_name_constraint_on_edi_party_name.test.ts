import { describe, it } from 'node:test';
import { explicit, implicitConstructed, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_name_constraint_on_edi_party_name';
const withExcluded = (excluded: GN[]) =>
  subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ excluded }) } });

describe(LINT, () => {
  it('passes constraints on dNSName only', () =>
    assertLint(LINT, withExcluded([{ dns: 'example.org' }]), 'pass'));
  it('warns on a constraint on an ediPartyName', () =>
    assertLint(
      LINT,
      withExcluded([
        { dns: 'example.org' },
        { raw: implicitConstructed(5, explicit(1, utf8String('EDI party'))) },
      ]),
      'warn',
    ));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
