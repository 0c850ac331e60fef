import { describe, it } from 'node:test';
import { crl, DEFAULT_THIS_UPDATE } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_revocation_time_after_this_update';
const revokedAt = (offsetMs: number) =>
  crl({ revoked: [{ serial: 7n, date: new Date(DEFAULT_THIS_UPDATE.getTime() + offsetMs) }] });

describe(LINT, () => {
  it('passes a revocation before thisUpdate', () => assertLint(LINT, revokedAt(-3_600_000), 'pass'));
  it('passes a revocation at thisUpdate', () => assertLint(LINT, revokedAt(0), 'pass'));
  it('flags a revocation after thisUpdate', () => assertLint(LINT, revokedAt(1000), 'error'));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
