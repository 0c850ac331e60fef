import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_street_address_max_length';

describe(LINT, () => {
  it('passes at exactly 128 characters', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['street', 'x'.repeat(128)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags 129 characters', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['street', 'x'.repeat(129)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('counts characters, not UTF-8 octets', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['street', '\u00e9'.repeat(128)], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags a second, over-long value', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['street', 'a'], ['street', 'x'.repeat(129)], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('passes without the attribute (as zlint, it always applies)', () => assertLint(LINT, leaf(), 'pass'));
});
