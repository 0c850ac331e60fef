import { describe, it } from 'node:test';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_has_next_update';

describe(LINT, () => {
  it('passes a CRL with nextUpdate', () => assertLint(LINT, crl(), 'pass'));
  it('flags a CRL without nextUpdate', () => assertLint(LINT, crl({ nextUpdate: null }), 'error'));
});
