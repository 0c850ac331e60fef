import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_unique_identifier_version_not_2_or_3';

describe(LINT, () => {
  it('passes a v3 certificate with a unique identifier', () =>
    assertLint(LINT, leaf({ subjectUniqueId: Uint8Array.of(1) }), 'pass'));
  it('passes a v2 certificate with a unique identifier', () =>
    assertLint(LINT, leaf({ version: 2, extensions: null, subjectUniqueId: Uint8Array.of(1) }), 'pass'));
  it('flags a v1 certificate with a unique identifier', () =>
    assertLint(LINT, leaf({ version: null, extensions: null, issuerUniqueId: Uint8Array.of(1) }), 'error'));
  it('passes a v1 certificate without one', () =>
    assertLint(LINT, leaf({ version: null, extensions: null }), 'pass'));
});
