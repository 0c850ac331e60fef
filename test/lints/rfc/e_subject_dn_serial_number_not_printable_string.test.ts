import { describe, it } from 'node:test';
import { utf8String } from '../../../src/der/encode.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_dn_serial_number_not_printable_string';

describe(LINT, () => {
  it('passes a PrintableString serialNumber', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['serialNumber', '1234567890'], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('flags a UTF8String serialNumber', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['serialNumber', '1234567890', utf8String('1234567890')], ['CN', 'www.example.com']),
      }),
      'error',
    ));
  it('does not apply without a serialNumber', () => assertLint(LINT, leaf(), 'NA'));
});
