import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019, eku } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_eku_check';

describe(LINT, () => {
  it('passes with serverAuth', () => assertLint(LINT, leaf(), 'pass'));
  it('passes with serverAuth and clientAuth', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.clientAuth]) }), 'pass'));
  it('passes with an unrecognised extra purpose (only NOT RECOMMENDED)', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, '1.2.3.4.5.6.7.8.9']) }), 'pass'));
  it('flags emailProtection', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.emailProtection]) }), 'error'));
  it('flags anyExtendedKeyUsage', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.anyExtendedKeyUsage]) }), 'error'));
  it('flags the precertificate signing purpose', () =>
    assertLint(LINT, leaf({ ext: eku([OID.serverAuth, OID.precertificateSigning]) }), 'error'));
  it('flags clientAuth alone under a TLS policy', () =>
    assertLint(LINT, leaf({ ext: eku([OID.clientAuth]) }), 'error'));
  it('is NA for clientAuth alone without a TLS policy', () =>
    assertLint(LINT, leaf({ ext: { ...eku([OID.clientAuth]), [OID.certificatePolicies]: null } }), 'NA'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: eku([OID.clientAuth]) }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: eku([OID.clientAuth]) }), 'NE'));
});
