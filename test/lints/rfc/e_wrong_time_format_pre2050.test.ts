import { describe, it } from 'node:test';
import { generalizedTime } from '../../../src/der/encode.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_wrong_time_format_pre2050';
const NOT_AFTER_2050 = generalizedTime(new Date('2050-06-01T00:00:00Z'));

describe(LINT, () => {
  it('passes GeneralizedTime from 2050 on', () =>
    assertLint(LINT, leaf({ notAfter: NOT_AFTER_2050 }), 'pass'));
  it('flags GeneralizedTime before 2050', () =>
    assertLint(LINT, leaf({ notAfter: generalizedTime(new Date('2026-08-30T00:00:00Z')) }), 'error'));
});
