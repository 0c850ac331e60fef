import { describe, it } from 'node:test';
import { nullValue, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ecSpki, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_ecdsa_pub_key_encoding_correct';

describe(LINT, () => {
  it('passes P-256, P-384 and P-521 keys', () => {
    for (const key of ['p256', 'p384', 'p521'] as const) assertLint(LINT, leaf({ key }), 'pass');
  });
  it('flags other curves and implicit parameters', () => {
    assertLint(LINT, leaf({ spki: ecSpki(oid(OID.secp256k1)) }), 'error');
    assertLint(LINT, leaf({ spki: ecSpki(nullValue()) }), 'error');
    assertLint(LINT, leaf({ spki: ecSpki(sequence(oid(OID.secp256r1))) }), 'error');
  });
  it('is not applicable to RSA keys', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before Mozilla policy 3.0', () =>
    assertLint(LINT, leaf({ spki: ecSpki(oid(OID.secp256k1)), ...issued('2025-01-01T00:00:00Z') }), 'NE'));
});
