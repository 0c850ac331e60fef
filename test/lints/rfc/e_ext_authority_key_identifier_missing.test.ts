import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, name, root } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_authority_key_identifier_missing';
const noAki = { [OID.authorityKeyIdentifier]: null };

describe(LINT, () => {
  it('passes a certificate with an AKI', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a certificate without an AKI', () => assertLint(LINT, leaf({ ext: noAki }), 'error'));
  it('passes a self-signed end-entity certificate without an AKI', () =>
    assertLint(LINT, leaf({ issuer: name(['CN', 'www.example.com']), ext: noAki }), 'pass'));
  it('flags a self-issued certificate signed by another key', () =>
    assertLint(LINT, leaf({ issuer: name(['CN', 'www.example.com']), key: 'p256', ext: noAki }), 'error'));
  it('is NA for a root', () => assertLint(LINT, root(), 'NA'));
});
