// RFC 5280 4.2.1.10: a GeneralSubtree's minimum MUST be zero and its maximum MUST be absent.
import { describe, it } from 'node:test';
import { type Der, implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, generalName, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

/** A CA permitting example.com, the GeneralSubtree carrying these bounds. */
const withBounds = (...bounds: Der[]) =>
  subCA({
    ext: {
      [OID.nameConstraints]: ext.raw(
        OID.nameConstraints,
        true,
        sequence(implicitConstructed(0, sequence(generalName({ dns: 'example.com' }), ...bounds))),
      ),
    },
  });

const FAMILY: { lint: string; passes: [title: string, bounds: Der[]]; flags: [title: string, bound: Der] }[] =
  [
    {
      lint: 'e_name_constraint_maximum_not_absent',
      passes: ['a subtree without bounds', []],
      flags: ['a maximum, even 0', implicit(1, Uint8Array.of(0))],
    },
    {
      lint: 'e_name_constraint_minimum_non_zero',
      passes: ['an explicit minimum of 0', [implicit(0, Uint8Array.of(0))]],
      flags: ['a minimum of 1', implicit(0, Uint8Array.of(1))],
    },
  ];

for (const { lint, passes, flags } of FAMILY) {
  describe(lint, () => {
    it(`passes ${passes[0]}`, () => assertLint(lint, withBounds(...passes[1]), 'pass'));
    it(`flags ${flags[0]}`, () => assertLint(lint, withBounds(flags[1]), 'error'));
    it('is NA without nameConstraints', () => assertLint(lint, subCA(), 'NA'));
  });
}
