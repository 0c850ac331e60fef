import { describe, it } from 'node:test';
import { idp, withIdp } from '../../support/br_fixtures.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_next_update_invalid';
const DAY = 86_400_000;
const THIS = new Date('2026-06-01T00:00:00Z');
const after = (ms: number) => new Date(THIS.getTime() + ms);
const caCrl = (nextUpdate: Date) => withIdp([idp.distributionPoint, idp.onlyContainsCACerts], { nextUpdate });

describe(LINT, () => {
  it('passes a subscriber CRL of 10 days', () =>
    assertLint(LINT, crl({ nextUpdate: after(10 * DAY) }), 'pass'));
  it('flags a subscriber CRL of 10 days and a second', () =>
    assertLint(LINT, crl({ nextUpdate: after(10 * DAY + 1000) }), 'error'));
  it('passes a CA CRL of 12 months', () => assertLint(LINT, caCrl(new Date('2027-06-01T00:00:00Z')), 'pass'));
  it('flags a CA CRL of 12 months and a second', () =>
    assertLint(LINT, caCrl(new Date('2027-06-01T00:00:01Z')), 'error'));
  it('flags an IDP asserting both scopes', () =>
    assertLint(
      LINT,
      withIdp([idp.distributionPoint, idp.onlyContainsUserCerts, idp.onlyContainsCACerts]),
      'error',
    ));
  it('does not apply without nextUpdate', () => assertLint(LINT, crl({ nextUpdate: null }), 'NA'));
  it('is not effective before BR 1.8.7', () =>
    assertLint(
      LINT,
      crl({ thisUpdate: new Date('2023-01-01T00:00:00Z'), nextUpdate: new Date('2023-02-01T00:00:00Z') }),
      'NE',
    ));
});
