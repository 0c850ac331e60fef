import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_common_name_max_length';

describe(LINT, () => {
  it('passes at exactly 64 characters', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'x'.repeat(64)]) }), 'pass'));
  it('flags 65 characters', () => assertLint(LINT, leaf({ subject: name(['CN', 'x'.repeat(65)]) }), 'error'));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(LINT, leaf({ subject: name(['CN', '\u00e9'.repeat(64)]) }), 'pass'));
  it('counts a character outside the BMP once', () =>
    assertLint(LINT, leaf({ subject: name(['CN', '\u{1f600}'.repeat(64)]) }), 'pass'));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['O', 'Example Ltd']) }), 'NA'));
});
