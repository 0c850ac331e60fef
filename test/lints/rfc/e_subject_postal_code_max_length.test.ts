import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_postal_code_max_length';

describe(LINT, () => {
  it('passes at exactly 16 characters', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['postalCode', 'x'.repeat(16)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags 17 characters', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['postalCode', 'x'.repeat(17)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['postalCode', '\u00e9'.repeat(16)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['postalCode', 'a'], ['postalCode', 'x'.repeat(17)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('does not apply without the attribute', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
});
