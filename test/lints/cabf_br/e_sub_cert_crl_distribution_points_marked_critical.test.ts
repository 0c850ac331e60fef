import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_crl_distribution_points_marked_critical';

describe(LINT, () => {
  it('passes with non-critical cRLDistributionPoints', () => assertLint(LINT, leaf(), 'pass'));
  it('flags critical cRLDistributionPoints', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.crlDistributionPoints]: ext.crlDistributionPoints(['http://crl.example.net/r1.crl'], true),
        },
      }),
      'error',
    ));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
