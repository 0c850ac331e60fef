import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_crl_reason_code_unspecified';
const unspecifiedOn = (date: string) =>
  crl({ revoked: [{ serial: 7n, date: new Date(date), extensions: [ext.crlReason(0)] }] });

describe(LINT, () => {
  it('passes an entry that omits reasonCode', () =>
    assertLint(LINT, crl({ revoked: [{ serial: 7n }] }), 'pass'));
  it('passes reasonCode 0 on an entry revoked before 2023-07-15', () =>
    assertLint(LINT, unspecifiedOn('2023-07-14T23:59:59Z'), 'pass'));
  it('flags reasonCode 0 on an entry revoked from 2023-07-15', () =>
    assertLint(LINT, unspecifiedOn('2023-07-15T00:00:00Z'), 'error'));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
