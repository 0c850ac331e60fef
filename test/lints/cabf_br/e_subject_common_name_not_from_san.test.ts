import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_common_name_not_from_san';
const before = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2020-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes a CN found in the SAN, ignoring case', () =>
    assertLint(LINT, leaf({ ...before, subject: name(['CN', 'WWW.example.com']) }), 'pass'));
  it('flags a CN missing from the SAN', () =>
    assertLint(LINT, leaf({ ...before, subject: name(['CN', 'mail.example.com']) }), 'error'));
  it('is retired by BR 2.0.0', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'mail.example.com']) }), 'NE'));
});
