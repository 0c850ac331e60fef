import { describe, it } from 'node:test';
import { type Der, implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, generalName, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_name_constraint_maximum_not_absent';
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
  it('passes a subtree without bounds', () => assertLint(LINT, withBounds(), 'pass'));
  it('flags a maximum, even 0', () => assertLint(LINT, withBounds(implicit(1, Uint8Array.of(0))), 'error'));
  it('is NA without nameConstraints', () => assertLint(LINT, subCA(), 'NA'));
});
