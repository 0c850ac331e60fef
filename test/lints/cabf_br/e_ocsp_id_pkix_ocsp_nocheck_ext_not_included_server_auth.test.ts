import { describe, it } from 'node:test';
import { nullValue } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ocspResponder } from '../../support/br_fixtures.js';
import { extension, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth';
const NOCHECK = extension(OID.ocspNoCheck, false, nullValue());

describe(LINT, () => {
  it('passes for a responder with id-pkix-ocsp-nocheck', () =>
    assertLint(LINT, ocspResponder([OID.ocspSigning], { [OID.ocspNoCheck]: NOCHECK }), 'pass'));
  it('flags a responder without id-pkix-ocsp-nocheck', () =>
    assertLint(LINT, ocspResponder([OID.ocspSigning]), 'error'));
  it('flags a responder that also asserts serverAuth', () =>
    assertLint(LINT, ocspResponder([OID.ocspSigning, OID.serverAuth]), 'error'));
  it('is NA for a certificate without OCSPSigning', () => assertLint(LINT, leaf(), 'NA'));
  it('is NA for anyExtendedKeyUsage alone', () =>
    assertLint(LINT, ocspResponder([OID.anyExtendedKeyUsage]), 'NA'));
});
