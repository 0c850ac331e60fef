import { describe, it } from 'node:test';
import { implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, generalName, leaf, ROOT_NAME } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, rootCA } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_authority_key_identifier_correct';
const keyId = implicit(0, Uint8Array.of(1, 2, 3, 4));
const issuerAndSerial = [
  implicitConstructed(1, generalName({ dn: ROOT_NAME })),
  implicit(2, Uint8Array.of(0x42)),
];
const aki = (...parts: Uint8Array[]) => ({
  [OID.authorityKeyIdentifier]: ext.raw(OID.authorityKeyIdentifier, false, sequence(...parts)),
});

describe(LINT, () => {
  it('passes a keyIdentifier alone, or issuer and serial alone', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ ext: aki(...issuerAndSerial) }), 'pass');
  });
  it('flags a keyIdentifier with the issuer name and serial', () =>
    assertLint(LINT, leaf({ ext: aki(keyId, ...issuerAndSerial) }), 'error'));
  it('is not applicable without the extension', () => assertLint(LINT, rootCA(), 'NA'));
  it('is not effective before Mozilla policy 2.2', () =>
    assertLint(LINT, leaf({ ext: aki(keyId, ...issuerAndSerial), ...issued('2013-01-01T00:00:00Z') }), 'NE'));
});
