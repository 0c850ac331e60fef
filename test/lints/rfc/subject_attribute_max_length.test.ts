// The e_subject_*_max_length lints: the upper bounds of RFC 5280 Appendix A on subject attributes.
import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

interface MaxLengthRule {
  lint: string;
  /** The attribute type as certs.name() spells it. */
  type: string;
  max: number;
  /** Whether the test shows the bound counts characters, not UTF-8 octets. */
  countsCharacters: boolean;
  /** A short value to put before an over-long second one, where the test checks every value. */
  shortFirst?: string;
  /** As zlint, a few lints always apply and so pass a subject without the attribute. */
  absent: 'NA' | 'pass';
}

const FAMILY: MaxLengthRule[] = [
  {
    lint: 'e_subject_dn_serial_number_max_length',
    type: 'serialNumber',
    max: 64,
    countsCharacters: false,
    shortFirst: 'a',
    absent: 'NA',
  },
  {
    lint: 'e_subject_email_max_length',
    type: 'email',
    max: 255,
    countsCharacters: false,
    shortFirst: 'a@example.com',
    absent: 'NA',
  },
  { lint: 'e_subject_given_name_max_length', type: 'GN', max: 32768, countsCharacters: true, absent: 'NA' },
  {
    lint: 'e_subject_locality_name_max_length',
    type: 'L',
    max: 128,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'pass',
  },
  {
    lint: 'e_subject_organization_name_max_length',
    type: 'O',
    max: 64,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'NA',
  },
  {
    lint: 'e_subject_organizational_unit_name_max_length',
    type: 'OU',
    max: 64,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'NA',
  },
  {
    lint: 'e_subject_postal_code_max_length',
    type: 'postalCode',
    max: 16,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'NA',
  },
  {
    lint: 'e_subject_state_name_max_length',
    type: 'ST',
    max: 128,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'NA',
  },
  {
    lint: 'e_subject_street_address_max_length',
    type: 'street',
    max: 128,
    countsCharacters: true,
    shortFirst: 'a',
    absent: 'pass',
  },
  { lint: 'e_subject_surname_max_length', type: 'SN', max: 32768, countsCharacters: true, absent: 'NA' },
];

for (const { lint, type, max, countsCharacters, shortFirst, absent } of FAMILY) {
  /** A leaf whose subject holds these values of the attribute, then the usual commonName. */
  const withValues = (...values: string[]) =>
    leaf({ subject: name(...values.map((v) => [type, v] as const), ['CN', 'www.example.com']) });
  describe(lint, () => {
    it(`passes at exactly ${max} characters`, () => assertLint(lint, withValues('x'.repeat(max)), 'pass'));
    it(`flags ${max + 1} characters`, () => assertLint(lint, withValues('x'.repeat(max + 1)), 'error'));
    if (countsCharacters) {
      it('counts characters, not UTF-8 octets', () =>
        assertLint(lint, withValues('\u00e9'.repeat(max)), 'pass'));
    }
    if (shortFirst !== undefined) {
      it('flags a second, over-long value', () =>
        assertLint(lint, withValues(shortFirst, 'x'.repeat(max + 1)), 'error'));
    }
    if (absent === 'NA') {
      it('does not apply without the attribute', () =>
        assertLint(lint, leaf({ subject: name(['CN', 'www.example.com']) }), 'NA'));
    } else {
      it('passes without the attribute (as zlint, it always applies)', () =>
        assertLint(lint, leaf(), 'pass'));
    }
  });
}
