import { describe, it } from 'node:test';
import { utf8String } from '../../../src/der/encode.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_issuer_dn_country_not_printable_string';

describe(LINT, () => {
  it('passes a PrintableString issuer countryName', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a UTF8String issuer countryName', () =>
    assertLint(
      LINT,
      leaf({ issuer: name(['C', 'US', utf8String('US')], ['O', 'Vigil Test PKI'], ['CN', 'Vigil Test CA']) }),
      'error',
    ));
  it('does not apply without an issuer countryName', () =>
    assertLint(LINT, leaf({ issuer: name(['O', 'Vigil Test PKI'], ['CN', 'Vigil Test CA']) }), 'NA'));
});
