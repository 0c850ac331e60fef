import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_client_auth_not_allowed';
const LATE = { notBefore: new Date('2027-06-01T00:00:00Z'), notAfter: new Date('2027-08-01T00:00:00Z') };
const eku = (ekus: string[]) => ({ ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus) } });

describe(LINT, () => {
  it('passes with serverAuth alone', () => assertLint(LINT, leaf(LATE), 'pass'));
  it('flags clientAuth beside serverAuth', () =>
    assertLint(LINT, leaf({ ...LATE, ...eku([OID.serverAuth, OID.clientAuth]) }), 'error'));
  it('is NA for a client-only certificate', () =>
    assertLint(LINT, leaf({ ...LATE, ...eku([OID.clientAuth]) }), 'NA'));
  it('is NA for a CA', () =>
    assertLint(LINT, subCA({ ...LATE, ...eku([OID.serverAuth, OID.clientAuth]) }), 'NA'));
  it('is not effective before 2027-03-15', () =>
    assertLint(LINT, leaf(eku([OID.serverAuth, OID.clientAuth])), 'NE'));
});
