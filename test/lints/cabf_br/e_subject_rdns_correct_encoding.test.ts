import { describe, it } from 'node:test';
import { ia5String, printableString, stringOfTag, utf8String } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_rdns_correct_encoding';

describe(LINT, () => {
  it('passes the required encodings', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(
          ['DC', 'com'],
          ['C', 'US'],
          ['ST', 'Illinois', printableString('Illinois')],
          ['O', 'Example Inc'],
          ['serialNumber', '1234'],
          ['CN', 'www.example.com'],
        ),
      }),
      'pass',
    ));
  it('flags a UTF8String countryName', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['C', 'US', utf8String('US')], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('flags a UTF8String domainComponent', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['DC', 'com', utf8String('com')], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('flags a UTF8String serialNumber', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['serialNumber', '12', utf8String('12')], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('flags a BMPString commonName', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['CN', 'www.example.com', stringOfTag(Tag.BMP_STRING, 'www.example.com')]) }),
      'error',
    ));
  it('flags an IA5String organizationName', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['O', 'Example', ia5String('Example')], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('ignores attributes outside its tables', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['2.5.4.12', 'Boss', stringOfTag(Tag.BMP_STRING, 'Boss')], ['CN', 'www.example.com']),
      }),
      'pass',
    ));
  it('is not effective before BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['C', 'US', utf8String('US')], ['CN', 'www.example.com']),
        notBefore: new Date('2023-01-01T00:00:00Z'),
        notAfter: new Date('2023-03-01T00:00:00Z'),
      }),
      'NE',
    ));
});
