import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_organization_name_max_length';

describe(LINT, () => {
  it('passes at exactly 64 characters', () =>
    assertLint(LINT, leaf({ subject: name(['O', 'x'.repeat(64)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags 65 characters', () =>
    assertLint(LINT, leaf({ subject: name(['O', 'x'.repeat(65)], ['CN', 'www.example.com']) }), 'error'));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(LINT, leaf({ subject: name(['O', '\u00e9'.repeat(64)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['O', 'a'], ['O', 'x'.repeat(65)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
});
