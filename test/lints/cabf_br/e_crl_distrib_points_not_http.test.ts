import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_distrib_points_not_http';
const withCdp = (...uris: string[]) =>
  leaf({ ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints(uris) } });

describe(LINT, () => {
  it('passes an http URI', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an https URI', () => assertLint(LINT, withCdp('https://crl.example.net/1.crl'), 'error'));
  it('flags an LDAP URI next to an http one', () =>
    assertLint(LINT, withCdp('http://crl.example.net/1.crl', 'ldap://ldap.example.net/cn=CA'), 'error'));
  it('does not apply without CRL distribution points', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({
        notBefore: new Date('2023-01-01T00:00:00Z'),
        notAfter: new Date('2023-03-01T00:00:00Z'),
        ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints(['https://crl.example.net/1.crl']) },
      }),
      'NE',
    ));
});
