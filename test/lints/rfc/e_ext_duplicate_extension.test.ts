import { describe, it } from 'node:test';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_duplicate_extension';

describe(LINT, () => {
  it('passes distinct extensions', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a second subjectAltName', () =>
    assertLint(LINT, leaf({ ext: { 'second SAN': ext.subjectAltName(['example.com']) } }), 'error'));
  it('is NA for a v1 certificate', () => assertLint(LINT, leaf({ version: null, extensions: null }), 'NA'));
});
