import { describe, it } from 'node:test';
import { bitString, nullValue, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_no_public_key';

describe(LINT, () => {
  it('passes a decodable key', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a key that is not an RSAPublicKey', () =>
    assertLint(
      LINT,
      leaf({
        spki: sequence(sequence(oid(OID.rsaEncryption), nullValue()), bitString(Uint8Array.of(1, 2, 3))),
      }),
      'error',
    ));
  it('flags a zero modulus', () => assertLint(LINT, leaf({ spki: rsaSpki(0n) }), 'error'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
});
