import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, validity } from '../keys_validity_fixtures.js';

const LINT = 'w_server_cert_valid_time_longer_than_199_days';

describe(LINT, () => {
  it('passes exactly 199 days counted inclusively', () =>
    assertLint(LINT, leaf(validity('2026-03-15T00:00:00Z', 199)), 'pass'));
  it('reports 199 days and one second', () =>
    assertLint(LINT, leaf(validity('2026-03-15T00:00:00Z', 199, 1)), 'warn'));
  it('is not applicable to CAs or to certificates not for TLS servers', () => {
    assertLint(LINT, ca(validity('2026-03-15T00:00:00Z', 400)), 'NA');
    assertLint(
      LINT,
      leaf({
        ...validity('2026-03-15T00:00:00Z', 400),
        ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.clientAuth]) },
      }),
      'NA',
    );
  });
  it('is effective only from its SC81 step', () => {
    assertLint(LINT, leaf(validity('2026-03-14T23:59:59Z', 400)), 'NE');
    assertLint(LINT, leaf(validity('2027-03-15T00:00:00Z', 400)), 'NE');
  });
});
