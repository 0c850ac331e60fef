import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ocsp_cert_cp_forbidden';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const responder = (ekus: string[], extra: Record<string, Uint8Array | null> = {}) =>
  leaf({ ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus), [OID.subjectAltName]: null, ...extra } });

describe(LINT, () => {
  it('passes for a responder without certificatePolicies', () =>
    assertLint(LINT, responder([OID.ocspSigning], { [OID.certificatePolicies]: null }), 'pass'));
  it('flags a responder with certificatePolicies', () =>
    assertLint(LINT, responder([OID.ocspSigning]), 'error'));
  it('is NA for a certificate without OCSPSigning', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...OLD, ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.ocspSigning]) } }), 'NE'));
});
