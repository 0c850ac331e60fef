import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_surname_max_length';

describe(LINT, () => {
  it('passes at exactly 32768 characters', () =>
    assertLint(LINT, leaf({ subject: name(['SN', 'x'.repeat(32768)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags 32769 characters', () =>
    assertLint(LINT, leaf({ subject: name(['SN', 'x'.repeat(32769)], ['CN', 'www.example.com']) }), 'error'));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['SN', '\u00e9'.repeat(32768)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
});
