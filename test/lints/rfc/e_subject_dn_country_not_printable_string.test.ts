import { describe, it } from 'node:test';
import { utf8String } from '../../../src/der/encode.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_dn_country_not_printable_string';

describe(LINT, () => {
  it('passes a PrintableString countryName', () =>
    assertLint(LINT, leaf({ subject: name(['C', 'US'], ['CN', 'www.example.com']) }), 'pass'));
  it('flags a UTF8String countryName', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['C', 'US', utf8String('US')], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('does not apply without a countryName', () => assertLint(LINT, leaf(), 'NA'));
});
