import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_email_max_length';

describe(LINT, () => {
  it('passes at exactly 255 characters', () =>
    assertLint(LINT, leaf({ subject: name(['email', 'x'.repeat(255)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags 256 characters', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['email', 'x'.repeat(256)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['email', 'a@example.com'], ['email', 'x'.repeat(256)], ['CN', 'www.example.com']),
      }),
      'error',
    ));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
});
