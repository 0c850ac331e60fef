import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_sigalgo_missing_null_params';

describe(LINT, () => {
  it('passes sha256WithRSAEncryption with NULL', () => assertLint(LINT, crl(), 'pass'));
  it('passes ECDSA without parameters', () => assertLint(LINT, crl({ signer: 'p256' }), 'pass'));
  it('flags sha256WithRSAEncryption without parameters', () =>
    assertLint(LINT, crl({ signatureAlgorithm: sequence(oid(OID.sha256WithRSA)) }), 'error'));
});
