import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { alg, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_sub_cert_or_sub_ca_using_sha1';

describe(LINT, () => {
  it('passes SHA-256', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, ca(), 'pass');
  });
  it('flags sha1WithRSAEncryption and ecdsa-with-SHA1', () => {
    assertLint(LINT, leaf({ signatureAlgorithm: alg.sha1WithRSA }), 'error');
    assertLint(LINT, ca({ signatureAlgorithm: sequence(oid(OID.ecdsaWithSha1)) }), 'error');
  });
  it('is not effective before 2016', () =>
    assertLint(LINT, leaf({ signatureAlgorithm: alg.sha1WithRSA, ...issued('2015-06-01T00:00:00Z') }), 'NE'));
});
