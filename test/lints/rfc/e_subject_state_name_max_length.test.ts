import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_state_name_max_length';

describe(LINT, () => {
  it('passes at exactly 128 characters', () =>
    assertLint(LINT, leaf({ subject: name(['ST', 'x'.repeat(128)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags 129 characters', () =>
    assertLint(LINT, leaf({ subject: name(['ST', 'x'.repeat(129)], ['CN', 'www.example.com']) }), 'error'));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['ST', '\u00e9'.repeat(128)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['ST', 'a'], ['ST', 'x'.repeat(129)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
});
