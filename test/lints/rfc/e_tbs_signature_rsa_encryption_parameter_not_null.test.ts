import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { alg, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_tbs_signature_rsa_encryption_parameter_not_null';

describe(LINT, () => {
  it('passes sha256WithRSAEncryption and sha1WithRSAEncryption with NULL', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ signatureAlgorithm: alg.sha1WithRSA }), 'pass');
  });
  it('flags absent parameters in the tbsCertificate signature', () =>
    assertLint(LINT, leaf({ signatureAlgorithm: sequence(oid(OID.sha256WithRSA)) }), 'error'));
  it('is not applicable to ECDSA signatures', () => assertLint(LINT, leaf({ signer: 'p256' }), 'NA'));
});
