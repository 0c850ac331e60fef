import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, ROOT_NAME, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_ca_crl_distribution_points_does_not_contain_url';

describe(LINT, () => {
  it('passes with an http URL', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a distribution point with only an LDAP URL', () =>
    assertLint(
      LINT,
      subCA({
        ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints(['ldap://ldap.example.net/cn=crl']) },
      }),
      'error',
    ));
  it('flags a distribution point with only a directoryName', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints([{ dn: ROOT_NAME }]) } }),
      'error',
    ));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, subCA({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
