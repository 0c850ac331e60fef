import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_extensions_version_not_3';

describe(LINT, () => {
  it('passes a v3 certificate with extensions', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a v2 certificate without extensions', () =>
    assertLint(LINT, leaf({ version: 2, extensions: null }), 'pass'));
  it('flags a v2 certificate with extensions', () => assertLint(LINT, leaf({ version: 2 }), 'error'));
  it('flags a v1 certificate with extensions', () => assertLint(LINT, leaf({ version: null }), 'error'));
});
