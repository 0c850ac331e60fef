import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_crl_reason_code_certificate_hold';

describe(LINT, () => {
  it('passes keyCompromise', () => assertLint(LINT, crl(), 'pass'));
  it('flags certificateHold', () =>
    assertLint(
      LINT,
      crl({ revoked: [{ serial: 7n }, { serial: 8n, extensions: [ext.crlReason(6)] }] }),
      'error',
    ));
  it('does not apply to a CRL without entries', () => assertLint(LINT, crl({ revoked: [] }), 'NA'));
});
