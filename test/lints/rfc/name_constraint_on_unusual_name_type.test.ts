// The w_name_constraint_on_* lints: a constraint on a name type that applications seldom check.
import { describe, it } from 'node:test';
import { explicit, implicitConstructed, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const withExcluded = (excluded: GN[]) =>
  subCA({ ext: { [OID.nameConstraints]: ext.nameConstraints({ excluded }) } });

const FAMILY: { lint: string; nameType: string; constrained: GN }[] = [
  {
    lint: 'w_name_constraint_on_edi_party_name',
    nameType: 'an ediPartyName',
    constrained: { raw: implicitConstructed(5, explicit(1, utf8String('EDI party'))) },
  },
  { lint: 'w_name_constraint_on_registered_id', nameType: 'a registeredID', constrained: { rid: '1.2.3.4' } },
  {
    lint: 'w_name_constraint_on_x400',
    nameType: 'an x400Address',
    constrained: { raw: implicitConstructed(3, sequence()) },
  },
];

for (const { lint, nameType, constrained } of FAMILY) {
  describe(lint, () => {
    it('passes constraints on dNSName only', () =>
      assertLint(lint, withExcluded([{ dns: 'example.org' }]), 'pass'));
    it(`warns on a constraint on ${nameType}`, () =>
      assertLint(lint, withExcluded([{ dns: 'example.org' }, constrained]), 'warn'));
    it('is NA without nameConstraints', () => assertLint(lint, subCA(), 'NA'));
  });
}
