import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_extra_subject_common_names';
const TWO_CN = name(['CN', 'www.example.com'], ['CN', 'example.com']);

describe(LINT, () => {
  it('passes one commonName', () => assertLint(LINT, leaf(), 'pass'));
  it('warns about two commonNames', () => assertLint(LINT, leaf({ subject: TWO_CN }), 'warn'));
  it('does not apply to CA certificates', () => assertLint(LINT, subCA({ subject: TWO_CN }), 'NA'));
});
