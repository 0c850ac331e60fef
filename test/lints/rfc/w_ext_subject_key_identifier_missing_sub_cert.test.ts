import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_subject_key_identifier_missing_sub_cert';
const clientAuth = { [OID.extKeyUsage]: ext.extKeyUsage([OID.clientAuth]) };
const beforeSc62 = {
  notBefore: new Date('2023-01-01T00:00:00Z'),
  notAfter: new Date('2023-12-01T00:00:00Z'),
};

describe(LINT, () => {
  it('passes an end-entity certificate with an SKI', () =>
    assertLint(
      LINT,
      leaf({
        ext: { ...clientAuth, [OID.subjectKeyIdentifier]: ext.subjectKeyIdentifier(Uint8Array.of(9, 8, 7)) },
      }),
      'pass',
    ));
  it('warns on a client-auth certificate without an SKI', () =>
    assertLint(LINT, leaf({ ext: clientAuth }), 'warn'));
  it('warns on a TLS certificate without an SKI issued before SC62', () =>
    assertLint(LINT, leaf(beforeSc62), 'warn'));
  it('is NA for a TLS certificate from SC62 on, where the BRs advise against the SKI', () =>
    assertLint(LINT, leaf(), 'NA'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
