import { describe, it } from 'node:test';
import { boolean, implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext, generalName } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const TRUE = boolean(true).subarray(2);
const DP = implicitConstructed(
  0,
  implicitConstructed(0, generalName({ uri: 'http://crl.example.net/1.crl' })),
);
/** An IssuingDistributionPoint from its encoded fields. */
const withIdp = (...fields: Uint8Array[]) =>
  crl({
    ext: { [OID.issuingDistributionPoint]: ext.raw(OID.issuingDistributionPoint, true, sequence(...fields)) },
  });

const LINT = 'e_crl_next_update_invalid';
const DAY = 86_400_000;
const THIS = new Date('2026-06-01T00:00:00Z');
const after = (ms: number) => new Date(THIS.getTime() + ms);
const caCrl = (next: Date) =>
  crl({
    nextUpdate: next,
    ext: {
      [OID.issuingDistributionPoint]: ext.raw(
        OID.issuingDistributionPoint,
        true,
        sequence(DP, implicit(2, TRUE)),
      ),
    },
  });

describe(LINT, () => {
  it('passes a subscriber CRL of 10 days', () =>
    assertLint(LINT, crl({ nextUpdate: after(10 * DAY) }), 'pass'));
  it('flags a subscriber CRL of 10 days and a second', () =>
    assertLint(LINT, crl({ nextUpdate: after(10 * DAY + 1000) }), 'error'));
  it('passes a CA CRL of 12 months', () => assertLint(LINT, caCrl(new Date('2027-06-01T00:00:00Z')), 'pass'));
  it('flags a CA CRL of 12 months and a second', () =>
    assertLint(LINT, caCrl(new Date('2027-06-01T00:00:01Z')), 'error'));
  it('flags an IDP asserting both scopes', () =>
    assertLint(LINT, withIdp(DP, implicit(1, TRUE), implicit(2, TRUE)), 'error'));
  it('does not apply without nextUpdate', () => assertLint(LINT, crl({ nextUpdate: null }), 'NA'));
  it('is not effective before BR 1.8.7', () =>
    assertLint(
      LINT,
      crl({ thisUpdate: new Date('2023-01-01T00:00:00Z'), nextUpdate: new Date('2023-02-01T00:00:00Z') }),
      'NE',
    ));
});
