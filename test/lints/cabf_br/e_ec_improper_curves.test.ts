import { describe, it } from 'node:test';
import { integer, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ecSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_ec_improper_curves';

describe(LINT, () => {
  it('passes P-256, P-384 and P-521', () => {
    for (const key of ['p256', 'p384', 'p521'] as const) assertLint(LINT, leaf({ key }), 'pass');
  });
  it('flags secp256k1 and P-224', () => {
    assertLint(LINT, leaf({ spki: ecSpki(oid(OID.secp256k1)) }), 'error');
    assertLint(LINT, leaf({ spki: ecSpki(oid(OID.secp224r1)) }), 'error');
  });
  it('flags explicit curve parameters', () =>
    assertLint(LINT, leaf({ spki: ecSpki(sequence(integer(1), integer(2))) }), 'error'));
  it('is not applicable to RSA or Ed25519 keys', () => {
    assertLint(LINT, leaf(), 'NA');
    assertLint(LINT, leaf({ key: 'ed25519' }), 'NA');
  });
});
