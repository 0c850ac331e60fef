import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_crl_distribution_points_does_not_contain_url';

describe(LINT, () => {
  it('passes with an http URL', () => assertLint(LINT, leaf(), 'pass'));
  it('passes with an LDAP URL beside an http URL', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.crlDistributionPoints]: ext.crlDistributionPoints([
            'ldap://ldap.example.net/cn=crl',
            'http://crl.example.net/r1.crl',
          ]),
        },
      }),
      'pass',
    ));
  it('flags a distribution point with only an LDAP URL', () =>
    assertLint(
      LINT,
      leaf({
        ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints(['ldap://ldap.example.net/cn=crl']) },
      }),
      'error',
    ));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
