import { describe, it } from 'node:test';
import { ia5String, printableString, stringOfTag, utf8String } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { EARLY_2023, withSubject } from '../../support/br_fixtures.js';
import { type Attr, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_rdns_correct_encoding';
const CN: Attr = ['CN', 'www.example.com'];
const UTF8_COUNTRY: Attr = ['C', 'US', utf8String('US')];
const bmp = (text: string) => stringOfTag(Tag.BMP_STRING, text);

/** Attributes in an encoding their table does not allow. */
const MISENCODED: readonly [what: string, attrs: Attr[]][] = [
  ['a UTF8String countryName', [UTF8_COUNTRY, CN]],
  ['a UTF8String domainComponent', [['DC', 'com', utf8String('com')], CN]],
  ['a UTF8String serialNumber', [['serialNumber', '12', utf8String('12')], CN]],
  ['a BMPString commonName', [['CN', 'www.example.com', bmp('www.example.com')]]],
  ['an IA5String organizationName', [['O', 'Example', ia5String('Example')], CN]],
];

describe(LINT, () => {
  it('passes the required encodings', () =>
    assertLint(
      LINT,
      withSubject(
        ['DC', 'com'],
        ['C', 'US'],
        ['ST', 'Illinois', printableString('Illinois')],
        ['O', 'Example Inc'],
        ['serialNumber', '1234'],
        CN,
      ),
      'pass',
    ));
  for (const [what, attrs] of MISENCODED)
    it(`flags ${what}`, () => assertLint(LINT, withSubject(...attrs), 'error'));
  it('ignores attributes outside its tables', () =>
    assertLint(LINT, withSubject(['2.5.4.12', 'Boss', bmp('Boss')], CN), 'pass'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, leaf({ ...EARLY_2023, subject: name(UTF8_COUNTRY, CN) }), 'NE'));
});
