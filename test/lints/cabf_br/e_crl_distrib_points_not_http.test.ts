import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { cdp, EARLY_2023 } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_distrib_points_not_http';
const HTTPS = cdp(['https://crl.example.net/1.crl']);

describe(LINT, () => {
  it('passes an http URI', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an https URI', () => assertLint(LINT, leaf({ ext: HTTPS }), 'error'));
  it('flags an LDAP URI next to an http one', () =>
    assertLint(
      LINT,
      leaf({ ext: cdp(['http://crl.example.net/1.crl', 'ldap://ldap.example.net/cn=CA']) }),
      'error',
    ));
  it('does not apply without CRL distribution points', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
  it('is not effective before BR 2.0.0', () => assertLint(LINT, leaf({ ...EARLY_2023, ext: HTTPS }), 'NE'));
});
