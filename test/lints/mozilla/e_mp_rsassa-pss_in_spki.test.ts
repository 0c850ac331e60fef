import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued, pssSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_mp_rsassa-pss_in_spki';

describe(LINT, () => {
  it('passes rsaEncryption, ECDSA and Ed25519 keys', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(LINT, leaf({ key: 'p256' }), 'pass');
    assertLint(LINT, leaf({ key: 'ed25519' }), 'pass');
  });
  it('flags an id-RSASSA-PSS key', () => assertLint(LINT, leaf({ spki: pssSpki() }), 'error'));
  it('is not effective before Mozilla policy 2.7', () =>
    assertLint(LINT, leaf({ spki: pssSpki(), ...issued('2019-06-01T00:00:00Z') }), 'NE'));
});
