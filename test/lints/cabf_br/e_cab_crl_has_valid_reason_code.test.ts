import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_crl_has_valid_reason_code';
const withReason = (code: number, thisUpdate?: Date) =>
  crl({
    revoked: [{ serial: 7n, date: new Date('2023-01-01T00:00:00Z'), extensions: [ext.crlReason(code)] }],
    ...(thisUpdate && { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + 86_400_000) }),
  });

describe(LINT, () => {
  it('passes superseded', () => assertLint(LINT, withReason(4), 'pass'));
  it('passes an entry without reasonCode', () =>
    assertLint(LINT, crl({ revoked: [{ serial: 7n }] }), 'pass'));
  it('flags unspecified (0)', () => assertLint(LINT, withReason(0), 'error'));
  it('flags cACompromise (2)', () => assertLint(LINT, withReason(2), 'error'));
  it('is not effective before BR 1.8.7', () =>
    assertLint(LINT, withReason(2, new Date('2023-05-05T00:00:00Z')), 'NE'));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
