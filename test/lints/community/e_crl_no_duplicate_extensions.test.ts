import { describe, it } from 'node:test';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_no_duplicate_extensions';

describe(LINT, () => {
  it('passes distinct extensions', () => assertLint(LINT, crl(), 'pass'));
  it('flags a repeated cRLNumber', () =>
    assertLint(
      LINT,
      crl({ extensions: [ext.authorityKeyIdentifier(Uint8Array.of(1)), ext.crlNumber(1), ext.crlNumber(2)] }),
      'error',
    ));
  it('does not apply to a CRL without extensions', () =>
    assertLint(LINT, crl({ extensions: null, version: null }), 'NA'));
});
