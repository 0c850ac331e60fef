import { describe, it } from 'node:test';
import { type Der, implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, generalName, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_name_constraint_minimum_non_zero';
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

describe(LINT, () => {
  it('passes an explicit minimum of 0', () =>
    assertLint(LINT, withBounds(implicit(0, Uint8Array.of(0))), 'pass'));
  it('flags a minimum of 1', () => assertLint(LINT, withBounds(implicit(0, Uint8Array.of(1))), 'error'));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
