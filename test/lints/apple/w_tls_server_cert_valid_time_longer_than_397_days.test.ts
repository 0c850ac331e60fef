import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, validity } from '../keys_validity_fixtures.js';

const LINT = 'w_tls_server_cert_valid_time_longer_than_397_days';

describe(LINT, () => {
  it('passes exactly 397 days counted inclusively', () =>
    assertLint(LINT, leaf(validity('2021-01-01T00:00:00Z', 397)), 'pass'));
  it('reports 397 days and one second', () =>
    assertLint(LINT, leaf(validity('2021-01-01T00:00:00Z', 397, 1)), 'warn'));
  it('is not applicable to CAs or to certificates not for TLS servers', () => {
    assertLint(LINT, ca(validity('2021-01-01T00:00:00Z', 500)), 'NA');
    assertLint(
      LINT,
      leaf({
        ...validity('2021-01-01T00:00:00Z', 500),
        ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.clientAuth]) },
      }),
      'NA',
    );
  });
  it('is not effective before 1 September 2020', () =>
    assertLint(LINT, leaf(validity('2020-08-31T23:59:59Z', 500)), 'NE'));
});
