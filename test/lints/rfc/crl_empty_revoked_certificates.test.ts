// Two lints on the same rule, that an empty revokedCertificates list is left out; they differ on a CRL with entries.
import { describe, it } from 'node:test';
import { sequence } from '../../../src/der/encode.js';
import type { Status } from '../../../src/lint/types.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { crlWithRevokedList } from '../../support/rfc_fixtures.js';

const FAMILY: { lint: string; withEntries: Status }[] = [
  { lint: 'e_crl_empty_revoked_certificates', withEntries: 'pass' },
  { lint: 'e_crl_revoked_certificates_field_must_be_empty', withEntries: 'NA' },
];

for (const { lint, withEntries } of FAMILY) {
  describe(lint, () => {
    it(`${withEntries === 'NA' ? 'does not apply to' : 'passes'} a CRL with entries`, () =>
      assertLint(lint, crl(), withEntries));
    it('passes a CRL that omits the empty list', () => assertLint(lint, crl({ revoked: [] }), 'pass'));
    it('flags an empty revokedCertificates SEQUENCE', () =>
      assertLint(lint, crlWithRevokedList(sequence()), 'error'));
  });
}
