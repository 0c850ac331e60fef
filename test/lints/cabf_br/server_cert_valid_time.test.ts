/** {e,w}_server_cert_valid_time_longer_than_N_days: the SC81 steps of the maximum TLS server validity. */
import { describe, it } from 'node:test';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { eku } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, validity } from '../keys_validity_fixtures.js';

/** Each step applies from 15 March of its year to 15 March of the next step's (the last has no end). */
const STEPS: readonly [lint: string, days: number, tooLong: Status, year: number, endYear?: number][] = [
  ['e_server_cert_valid_time_longer_than_200_days', 200, 'error', 2026, 2027],
  ['w_server_cert_valid_time_longer_than_199_days', 199, 'warn', 2026, 2027],
  ['e_server_cert_valid_time_longer_than_100_days', 100, 'error', 2027, 2029],
  ['w_server_cert_valid_time_longer_than_99_days', 99, 'warn', 2027, 2029],
  ['e_server_cert_valid_time_longer_than_47_days', 47, 'error', 2029],
  ['w_server_cert_valid_time_longer_than_46_days', 46, 'warn', 2029],
];

for (const [lint, days, tooLong, year, endYear] of STEPS) {
  const from = `${year}-03-15T00:00:00Z`;
  describe(lint, () => {
    it(`passes exactly ${days} days counted inclusively`, () =>
      assertLint(lint, leaf(validity(from, days)), 'pass'));
    it(`reports ${days} days and one second`, () => assertLint(lint, leaf(validity(from, days, 1)), tooLong));
    it('is not applicable to CAs or to certificates not for TLS servers', () => {
      assertLint(lint, ca(validity(from, 400)), 'NA');
      assertLint(lint, leaf({ ...validity(from, 400), ext: eku([OID.clientAuth]) }), 'NA');
    });
    it('is effective only from its SC81 step', () => {
      assertLint(lint, leaf(validity(`${year}-03-14T23:59:59Z`, 400)), 'NE');
      if (endYear) assertLint(lint, leaf(validity(`${endYear}-03-15T00:00:00Z`, 400)), 'NE');
    });
  });
}
