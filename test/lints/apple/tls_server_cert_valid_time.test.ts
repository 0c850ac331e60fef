// Apple's TLS server validity cap: an error past 398 days, a warning past 397.
import { describe, it } from 'node:test';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, validity } from '../keys_validity_fixtures.js';

const FAMILY: { lint: string; days: number; overLimit: Status }[] = [
  { lint: 'e_tls_server_cert_valid_time_longer_than_398_days', days: 398, overLimit: 'error' },
  { lint: 'w_tls_server_cert_valid_time_longer_than_397_days', days: 397, overLimit: 'warn' },
];

for (const { lint, days, overLimit } of FAMILY) {
  describe(lint, () => {
    it(`passes exactly ${days} days counted inclusively`, () =>
      assertLint(lint, leaf(validity('2021-01-01T00:00:00Z', days)), 'pass'));
    it(`reports ${days} days and one second`, () =>
      assertLint(lint, leaf(validity('2021-01-01T00:00:00Z', days, 1)), overLimit));
    it('is not applicable to CAs or to certificates not for TLS servers', () => {
      assertLint(lint, ca(validity('2021-01-01T00:00:00Z', 500)), 'NA');
      assertLint(
        lint,
        leaf({
          ...validity('2021-01-01T00:00:00Z', 500),
          ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.clientAuth]) },
        }),
        'NA',
      );
    });
    it('is not effective before 1 September 2020', () =>
      assertLint(lint, leaf(validity('2020-08-31T23:59:59Z', 500)), 'NE'));
  });
}
