// The UTCTime and GeneralizedTime format lints: each checks one time type and ignores the other.
import { describe, it } from 'node:test';
import { generalizedTime, rawTime } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const NOT_AFTER_2050 = generalizedTime(new Date('2050-06-01T00:00:00Z'));

/** Per time type: its tag, a good certificate using it, and one whose validity uses only the other type. */
const TIME_TYPES = {
  UTCTime: {
    tag: Tag.UTC_TIME,
    good: () => leaf(),
    otherOnly: () =>
      leaf({ notBefore: generalizedTime(new Date('2050-01-01T00:00:00Z')), notAfter: NOT_AFTER_2050 }),
    other: 'GeneralizedTime',
  },
  GeneralizedTime: {
    tag: Tag.GENERALIZED_TIME,
    good: () => leaf({ notAfter: NOT_AFTER_2050 }),
    otherOnly: () => leaf(),
    other: 'UTCTime',
  },
};

interface TimeRule {
  lint: string;
  timeType: keyof typeof TIME_TYPES;
  /** What a passing and a flagged time look like, for the test titles. */
  good: string;
  bad: string;
  /** A notAfter the lint flags, as its raw text. */
  badNotAfter: string;
}

const FAMILY: TimeRule[] = [
  {
    lint: 'e_utc_time_does_not_include_seconds',
    timeType: 'UTCTime',
    good: 'YYMMDDHHMMSSZ',
    bad: 'YYMMDDHHMMZ',
    badNotAfter: '2608300000Z',
  },
  {
    lint: 'e_utc_time_not_in_zulu',
    timeType: 'UTCTime',
    good: 'Zulu time',
    bad: 'a time differential',
    badNotAfter: '260830000000-0500',
  },
  {
    lint: 'e_generalized_time_does_not_include_seconds',
    timeType: 'GeneralizedTime',
    good: 'YYYYMMDDHHMMSSZ',
    bad: 'YYYYMMDDHHMMZ',
    badNotAfter: '205006010000Z',
  },
  {
    lint: 'e_generalized_time_includes_fraction_seconds',
    timeType: 'GeneralizedTime',
    good: 'YYYYMMDDHHMMSSZ',
    bad: 'fractional seconds',
    badNotAfter: '20500601000000.5Z',
  },
  {
    lint: 'e_generalized_time_not_in_zulu',
    timeType: 'GeneralizedTime',
    good: 'Zulu time',
    bad: 'a time differential',
    badNotAfter: '20500601000000+0100',
  },
];

for (const { lint, timeType, good, bad, badNotAfter } of FAMILY) {
  const type = TIME_TYPES[timeType];
  describe(lint, () => {
    it(`passes ${good}`, () => assertLint(lint, type.good(), 'pass'));
    it(`flags ${bad}`, () => assertLint(lint, leaf({ notAfter: rawTime(type.tag, badNotAfter) }), 'error'));
    it(`is NA with ${type.other} validity only`, () => assertLint(lint, type.otherOnly(), 'NA'));
  });
}
