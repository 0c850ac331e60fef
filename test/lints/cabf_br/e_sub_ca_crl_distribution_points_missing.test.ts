import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_ca_crl_distribution_points_missing';

describe(LINT, () => {
  it('passes with cRLDistributionPoints', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a subordinate CA without cRLDistributionPoints', () =>
    assertLint(LINT, subCA({ ext: { [OID.crlDistributionPoints]: null } }), 'error'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
