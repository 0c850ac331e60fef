import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_distribution_point_missing_ldap_or_uri';
const withDp = (names: Parameters<typeof ext.crlDistributionPoints>[0]) =>
  leaf({ ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints(names) } });

describe(LINT, () => {
  it('passes an http URI', () => assertLint(LINT, leaf(), 'pass'));
  it('passes an LDAP URI in upper case', () =>
    assertLint(LINT, withDp(['LDAP://ldap.example.net/cn=CA?certificateRevocationList']), 'pass'));
  it('warns when no name is an http or ldap URI', () =>
    assertLint(LINT, withDp(['ftp://crl.example.net/r1.crl', { dns: 'crl.example.net' }]), 'warn'));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
