import { describe, it } from 'node:test';
import { implicit, namedBits, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_distribution_point_incomplete';
/** A DistributionPoint holding only reasons (keyCompromise). */
const reasonsOnly = sequence(implicit(1, namedBits([1]).subarray(2)));

describe(LINT, () => {
  it('passes a DistributionPoint with a name', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a DistributionPoint with only reasons', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.crlDistributionPoints]: ext.raw(OID.crlDistributionPoints, false, sequence(reasonsOnly)),
        },
      }),
      'error',
    ));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
