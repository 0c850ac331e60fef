import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019, eku, ocspResponder } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ocsp_cert_cp_forbidden';

describe(LINT, () => {
  it('passes for a responder without certificatePolicies', () =>
    assertLint(LINT, ocspResponder([OID.ocspSigning], { [OID.certificatePolicies]: null }), 'pass'));
  it('flags a responder with certificatePolicies', () =>
    assertLint(LINT, ocspResponder([OID.ocspSigning]), 'error'));
  it('is NA for a certificate without OCSPSigning', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: eku([OID.ocspSigning]) }), 'NE'));
});
