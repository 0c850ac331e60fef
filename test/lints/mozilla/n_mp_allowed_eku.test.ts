import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_mp_allowed_eku';
const OLD = { notBefore: new Date('2018-06-01T00:00:00Z'), notAfter: new Date('2023-06-01T00:00:00Z') };
const eku = (ekus: string[]) => ({ ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus) } });

describe(LINT, () => {
  it('passes with serverAuth', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with emailProtection and clientAuth', () =>
    assertLint(LINT, subCA(eku([OID.emailProtection, OID.clientAuth])), 'pass'));
  it('notes a missing extKeyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'notice'));
  it('notes anyExtendedKeyUsage', () => assertLint(LINT, subCA(eku([OID.anyExtendedKeyUsage])), 'notice'));
  it('notes serverAuth with emailProtection', () =>
    assertLint(LINT, subCA(eku([OID.serverAuth, OID.emailProtection])), 'notice'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf(eku([OID.anyExtendedKeyUsage])), 'NA'));
  it('is not effective before 2019', () =>
    assertLint(LINT, subCA({ ...OLD, ext: { [OID.extKeyUsage]: null } }), 'NE'));
});
