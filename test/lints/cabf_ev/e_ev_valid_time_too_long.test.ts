import { describe, it } from 'node:test';
import { EV_SUBJECT, ev } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_valid_time_too_long';

const issued = (days: number) => ({
  notBefore: new Date('2017-01-01T00:00:00Z'),
  notAfter: new Date(Date.UTC(2017, 0, 1) + days * 86_400_000),
});

describe(LINT, () => {
  it('passes 27 months to the day', () =>
    assertLint(
      LINT,
      ev(EV_SUBJECT, {
        notBefore: new Date('2017-01-01T00:00:00Z'),
        notAfter: new Date('2019-04-01T00:00:00Z'),
      }),
      'pass',
    ));
  it('flags 27 months and a second', () =>
    assertLint(
      LINT,
      ev(EV_SUBJECT, {
        notBefore: new Date('2017-01-01T00:00:00Z'),
        notAfter: new Date('2019-04-01T00:00:01Z'),
      }),
      'error',
    ));
  it('flags three years', () => assertLint(LINT, ev(EV_SUBJECT, issued(3 * 365)), 'error'));
  it('does not apply from 2018-03-02 (825 days)', () => assertLint(LINT, ev(), 'NA'));
});
