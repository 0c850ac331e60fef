import { describe, it } from 'node:test';
import { oid } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ecSpki, issued, pssSpki, realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_algorithm_identifier_improper_encoding';

describe(LINT, () => {
  it('passes RSA and the three NIST curves', () => {
    for (const key of ['rsa2048', 'p256', 'p384', 'p521'] as const) assertLint(LINT, leaf({ key }), 'pass');
  });
  it('flags rsaEncryption without the NULL parameters', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 65537n, null) }), 'error'));
  it('flags an Ed25519 key', () => assertLint(LINT, leaf({ key: 'ed25519' }), 'error'));
  it('flags an id-RSASSA-PSS key', () => assertLint(LINT, leaf({ spki: pssSpki() }), 'error'));
  it('flags secp256k1', () => assertLint(LINT, leaf({ spki: ecSpki(oid(OID.secp256k1)) }), 'error'));
  it('is not effective before BR 1.7.1', () =>
    assertLint(LINT, leaf({ key: 'ed25519', ...issued('2020-01-01T00:00:00Z') }), 'NE'));
});
