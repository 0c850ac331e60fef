import { describe, it } from 'node:test';
import { idp, withIdp } from '../../support/br_fixtures.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_validity_period_too_long';
const DAY = 86_400_000;
const THIS = new Date('2015-06-01T00:00:00Z');
const eeCrl = (days: number) => crl({ thisUpdate: THIS, nextUpdate: new Date(THIS.getTime() + days * DAY) });

describe(LINT, () => {
  it('passes an end-entity CRL of 10 days', () => assertLint(LINT, eeCrl(10), 'pass'));
  it('flags an end-entity CRL of 11 days (before e_crl_next_update_invalid applies)', () =>
    assertLint(LINT, eeCrl(11), 'error'));
  it('does not apply to a CA-only CRL', () =>
    assertLint(
      LINT,
      withIdp([idp.distributionPoint, idp.onlyContainsCACerts], {
        thisUpdate: THIS,
        nextUpdate: new Date(THIS.getTime() + 300 * DAY),
      }),
      'NA',
    ));
  it('does not apply without nextUpdate', () => assertLint(LINT, crl({ nextUpdate: null }), 'NA'));
  it('is not effective before BR 1.0', () =>
    assertLint(
      LINT,
      crl({ thisUpdate: new Date('2011-01-01T00:00:00Z'), nextUpdate: new Date('2011-03-01T00:00:00Z') }),
      'NE',
    ));
});
