import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_locality_name_max_length';

describe(LINT, () => {
  it('passes at exactly 128 characters', () =>
    assertLint(LINT, leaf({ subject: name(['L', 'x'.repeat(128)], ['CN', 'www.example.com']) }), 'pass'));
  it('flags 129 characters', () =>
    assertLint(LINT, leaf({ subject: name(['L', 'x'.repeat(129)], ['CN', 'www.example.com']) }), 'error'));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['L', '\u00e9'.repeat(128)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['L', 'a'], ['L', 'x'.repeat(129)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('passes without the attribute (as zlint, it always applies)', () => assertLint(LINT, leaf(), 'pass'));
});
