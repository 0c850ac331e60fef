import { describe, it } from 'node:test';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_unique_revoked_certificate';

describe(LINT, () => {
  it('passes distinct serials', () =>
    assertLint(LINT, crl({ revoked: [{ serial: 3n }, { serial: 4n }] }), 'pass'));
  it('flags a serial listed twice', () =>
    assertLint(LINT, crl({ revoked: [{ serial: 3n }, { serial: 3n }] }), 'warn'));
});
