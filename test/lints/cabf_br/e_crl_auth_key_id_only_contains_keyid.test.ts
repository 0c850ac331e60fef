import { describe, it } from 'node:test';
import { implicit, integer, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext, generalName } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_auth_key_id_only_contains_keyid';
const KEY_ID = implicit(0, Uint8Array.of(1, 2, 3, 4));
const SERIAL = implicit(2, integer(1).subarray(2));
const withAki = (...fields: Uint8Array[]) =>
  crl({
    ext: { [OID.authorityKeyIdentifier]: ext.raw(OID.authorityKeyIdentifier, false, sequence(...fields)) },
  });

describe(LINT, () => {
  it('passes a keyIdentifier alone', () => assertLint(LINT, crl(), 'pass'));
  it('flags authorityCertSerialNumber', () => assertLint(LINT, withAki(KEY_ID, SERIAL), 'error'));
  it('flags authorityCertIssuer', () =>
    assertLint(LINT, withAki(KEY_ID, implicit(1, generalName({ dns: 'root.example' })), SERIAL), 'error'));
  it('flags an AKI without keyIdentifier', () => assertLint(LINT, withAki(SERIAL), 'error'));
  it('does not apply to a CRL without AKI', () =>
    assertLint(LINT, crl({ ext: { [OID.authorityKeyIdentifier]: null } }), 'NA'));
});
