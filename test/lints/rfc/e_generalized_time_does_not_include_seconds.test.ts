import { describe, it } from 'node:test';
import { generalizedTime, rawTime } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_generalized_time_does_not_include_seconds';
const NOT_AFTER_2050 = generalizedTime(new Date('2050-06-01T00:00:00Z'));

describe(LINT, () => {
  it('passes YYYYMMDDHHMMSSZ', () => assertLint(LINT, leaf({ notAfter: NOT_AFTER_2050 }), 'pass'));
  it('flags YYYYMMDDHHMMZ', () =>
    assertLint(LINT, leaf({ notAfter: rawTime(Tag.GENERALIZED_TIME, '205006010000Z') }), 'error'));
  it('is NA with UTCTime validity only', () => assertLint(LINT, leaf(), 'NA'));
});
