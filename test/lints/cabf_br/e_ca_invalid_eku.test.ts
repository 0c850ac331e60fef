import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019, eku } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_invalid_eku';

describe(LINT, () => {
  it('passes with serverAuth alone', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with serverAuth and clientAuth', () =>
    assertLint(LINT, subCA({ ext: eku([OID.serverAuth, OID.clientAuth]) }), 'pass'));
  it('passes with anyExtendedKeyUsage alone', () =>
    assertLint(LINT, subCA({ ext: eku([OID.anyExtendedKeyUsage]) }), 'pass'));
  it('flags emailProtection beside serverAuth', () =>
    assertLint(LINT, subCA({ ext: eku([OID.serverAuth, OID.emailProtection]) }), 'error'));
  it('flags OCSPSigning beside serverAuth', () =>
    assertLint(LINT, subCA({ ext: eku([OID.serverAuth, OID.ocspSigning]) }), 'error'));
  it('flags anyExtendedKeyUsage with another purpose', () =>
    assertLint(LINT, subCA({ ext: eku([OID.anyExtendedKeyUsage, OID.serverAuth]) }), 'error'));
  it('is NA for a CA outside TLS (clientAuth and emailProtection)', () =>
    assertLint(LINT, subCA({ ext: eku([OID.clientAuth, OID.emailProtection]) }), 'NA'));
  it('is NA for a subordinate CA without EKU', () =>
    assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before BR 1.7.1', () =>
    assertLint(LINT, subCA({ ...EARLY_2019, ext: eku([OID.serverAuth, OID.emailProtection]) }), 'NE'));
});
