/** e_sub_{ca,cert}_crl_distribution_points_does_not_contain_url: each distribution point needs an http URL. */
import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { cdp, KIND } from '../../support/br_fixtures.js';
import { ROOT_NAME } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LDAP = 'ldap://ldap.example.net/cn=crl';

for (const [lint, kind] of [
  ['e_sub_ca_crl_distribution_points_does_not_contain_url', KIND.subCA],
  ['e_sub_cert_crl_distribution_points_does_not_contain_url', KIND.subscriber],
] as const) {
  describe(lint, () => {
    it('passes with an http URL', () => assertLint(lint, kind.build(), 'pass'));
    it('passes with an LDAP URL beside an http URL', () =>
      assertLint(lint, kind.build({ ext: cdp([LDAP, 'http://crl.example.net/r1.crl']) }), 'pass'));
    it('flags a distribution point with only an LDAP URL', () =>
      assertLint(lint, kind.build({ ext: cdp([LDAP]) }), 'error'));
    it('flags a distribution point with only a directoryName', () =>
      assertLint(lint, kind.build({ ext: cdp([{ dn: ROOT_NAME }]) }), 'error'));
    it('is NA without cRLDistributionPoints', () =>
      assertLint(lint, kind.build({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
  });
}
