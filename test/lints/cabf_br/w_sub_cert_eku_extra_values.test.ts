import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { eku } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_cert_eku_extra_values';

describe(LINT, () => {
  it('passes with serverAuth, clientAuth and emailProtection', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.clientAuth, OID.emailProtection]) }), 'pass'));
  it('passes beside an unrecognised purpose', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, '1.2.3.4.5.6.7.8.9']) }), 'pass'));
  it('warns on codeSigning', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.codeSigning]) }), 'warn'));
  it('warns on anyExtendedKeyUsage', () =>
    assertLint(LINT, leaf({ ext: eku([OID.anyExtendedKeyUsage]) }), 'warn'));
  it('is NA without extKeyUsage', () => assertLint(LINT, leaf({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: eku([OID.serverAuth, OID.codeSigning]) }), 'NA'));
});
