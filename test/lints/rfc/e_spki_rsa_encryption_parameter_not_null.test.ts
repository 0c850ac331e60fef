import { describe, it } from 'node:test';
import { integer } from '../../../src/der/encode.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { realModulus, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_spki_rsa_encryption_parameter_not_null';

describe(LINT, () => {
  it('passes rsaEncryption with NULL', () => assertLint(LINT, leaf(), 'pass'));
  it('flags absent parameters', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 65537n, null) }), 'error'));
  it('flags non-NULL parameters', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(realModulus(), 65537n, integer(0)) }), 'error'));
  it('is not applicable to ECDSA keys', () => assertLint(LINT, leaf({ key: 'p256' }), 'NA'));
});
