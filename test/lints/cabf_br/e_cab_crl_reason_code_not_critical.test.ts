import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_crl_reason_code_not_critical';

describe(LINT, () => {
  it('passes a non-critical reasonCode', () => assertLint(LINT, crl(), 'pass'));
  it('flags a critical reasonCode', () =>
    assertLint(LINT, crl({ revoked: [{ serial: 7n, extensions: [ext.crlReason(5, true)] }] }), 'error'));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
