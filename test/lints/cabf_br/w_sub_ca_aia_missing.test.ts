import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_aia_missing';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes with AIA', () => assertLint(LINT, subCA(), 'pass'));
  it('warns for a subordinate CA without AIA', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'warn'));
  it('is NA for a root', () => assertLint(LINT, root(), 'NA'));
  it('is not effective before BR 1.7.1', () =>
    assertLint(LINT, subCA({ ...OLD, ext: { [OID.authorityInfoAccess]: null } }), 'NE'));
});
