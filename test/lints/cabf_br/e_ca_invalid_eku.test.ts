import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_invalid_eku';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const eku = (ekus: string[]) => ({ ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus) } });

describe(LINT, () => {
  it('passes with serverAuth alone', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with serverAuth and clientAuth', () =>
    assertLint(LINT, subCA(eku([OID.serverAuth, OID.clientAuth])), 'pass'));
  it('passes with anyExtendedKeyUsage alone', () =>
    assertLint(LINT, subCA(eku([OID.anyExtendedKeyUsage])), 'pass'));
  it('flags emailProtection beside serverAuth', () =>
    assertLint(LINT, subCA(eku([OID.serverAuth, OID.emailProtection])), 'error'));
  it('flags OCSPSigning beside serverAuth', () =>
    assertLint(LINT, subCA(eku([OID.serverAuth, OID.ocspSigning])), 'error'));
  it('flags anyExtendedKeyUsage with another purpose', () =>
    assertLint(LINT, subCA(eku([OID.anyExtendedKeyUsage, OID.serverAuth])), 'error'));
  it('is NA for a CA outside TLS (clientAuth and emailProtection)', () =>
    assertLint(LINT, subCA(eku([OID.clientAuth, OID.emailProtection])), 'NA'));
  it('is NA for a subordinate CA without EKU', () =>
    assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before BR 1.7.1', () =>
    assertLint(LINT, subCA({ ...OLD, ...eku([OID.serverAuth, OID.emailProtection]) }), 'NE'));
});
