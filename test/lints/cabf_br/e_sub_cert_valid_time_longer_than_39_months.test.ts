import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca } from '../keys_validity_fixtures.js';

const LINT = 'e_sub_cert_valid_time_longer_than_39_months';
const notBefore = new Date('2017-01-31T12:00:00Z');
// 39 months after 31 January 2017 normalises, as Go's AddDate does, to 1 May 2020.
const limit = new Date('2020-05-01T12:00:00Z').getTime();

describe(LINT, () => {
  it('passes exactly 39 months counted inclusively', () =>
    assertLint(LINT, leaf({ notBefore, notAfter: new Date(limit - 1000) }), 'pass'));
  it('flags notAfter at notBefore + 39 months (one second too long)', () =>
    assertLint(LINT, leaf({ notBefore, notAfter: new Date(limit) }), 'error'));
  it('is not applicable to CAs', () => assertLint(LINT, ca({ notBefore, notAfter: new Date(limit) }), 'NA'));
  it('is effective only from July 2016 to March 2018', () => {
    const long = (from: string) => {
      const nb = new Date(from);
      return leaf({ notBefore: nb, notAfter: new Date(nb.getTime() + 5 * 365 * 86_400_000) });
    };
    assertLint(LINT, long('2016-06-01T00:00:00Z'), 'NE');
    assertLint(LINT, long('2018-03-02T00:00:00Z'), 'NE');
    assertLint(LINT, long('2018-03-01T00:00:00Z'), 'error');
  });
});
