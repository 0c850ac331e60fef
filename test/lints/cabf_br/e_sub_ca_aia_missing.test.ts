import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_ca_aia_missing';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes with AIA (before BR 1.7.1)', () => assertLint(LINT, subCA(OLD), 'pass'));
  it('flags a subordinate CA without AIA (before BR 1.7.1)', () =>
    assertLint(LINT, subCA({ ...OLD, ext: { [OID.authorityInfoAccess]: null } }), 'error'));
  it('is not effective from BR 1.7.1', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NE'));
  it('is NA for a root', () => assertLint(LINT, root(OLD), 'NA'));
});
