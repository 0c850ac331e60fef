import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_has_valid_reason_code';
const withReason = (code: number) => crl({ revoked: [{ serial: 7n, extensions: [ext.crlReason(code)] }] });

describe(LINT, () => {
  it('passes keyCompromise', () => assertLint(LINT, withReason(1), 'pass'));
  it('passes certificateHold, which RFC 5280 defines', () => assertLint(LINT, withReason(6), 'pass'));
  it('warns on unspecified, which SHOULD be omitted', () => assertLint(LINT, withReason(0), 'warn'));
  it('flags the unused value 7', () => assertLint(LINT, withReason(7), 'error'));
  it('flags 11', () => assertLint(LINT, withReason(11), 'error'));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
