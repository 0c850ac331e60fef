import { describe, it } from 'node:test';
import { generalizedTime, rawTime } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_utc_time_does_not_include_seconds';
const NOT_AFTER_2050 = generalizedTime(new Date('2050-06-01T00:00:00Z'));

describe(LINT, () => {
  it('passes YYMMDDHHMMSSZ', () => assertLint(LINT, leaf(), 'pass'));
  it('flags YYMMDDHHMMZ', () =>
    assertLint(LINT, leaf({ notAfter: rawTime(Tag.UTC_TIME, '2608300000Z') }), 'error'));
  it('is NA with GeneralizedTime validity only', () =>
    assertLint(
      LINT,
      leaf({
        notBefore: generalizedTime(new Date('2050-01-01T00:00:00Z')),
        notAfter: NOT_AFTER_2050,
      }),
      'NA',
    ));
});
