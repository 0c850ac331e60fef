import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { alg, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_sig_alg_not_match_tbs_sig_alg';

describe(LINT, () => {
  it('passes identical algorithm identifiers', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ signer: 'p256' }), 'pass');
  });
  it('flags a different algorithm', () =>
    assertLint(LINT, leaf({ tbsSignatureAlgorithm: alg.sha384WithRSA }), 'error'));
  it('flags the same OID with different parameters', () =>
    assertLint(LINT, leaf({ tbsSignatureAlgorithm: sequence(oid(OID.sha256WithRSA)) }), 'error'));
});
