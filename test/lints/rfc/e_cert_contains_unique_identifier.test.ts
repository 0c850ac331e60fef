import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_contains_unique_identifier';

describe(LINT, () => {
  it('passes without unique identifiers', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an issuerUniqueID', () =>
    assertLint(LINT, leaf({ issuerUniqueId: Uint8Array.of(1, 2) }), 'error'));
  it('flags a subjectUniqueID', () => assertLint(LINT, leaf({ subjectUniqueId: Uint8Array.of(3) }), 'error'));
  it('is not effective before RFC 5280', () =>
    assertLint(
      LINT,
      leaf({
        issuerUniqueId: Uint8Array.of(1),
        notBefore: new Date('2007-01-01T00:00:00Z'),
        notAfter: new Date('2008-01-01T00:00:00Z'),
      }),
      'NE',
    ));
});
