import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_subject_field_empty';

describe(LINT, () => {
  it('passes a CA with a subject', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a CA with an empty subject', () => assertLint(LINT, subCA({ subject: name() }), 'error'));
  it('is NA for a non-CA certificate', () => assertLint(LINT, leaf({ subject: name() }), 'NA'));
});
