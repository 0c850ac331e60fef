import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_aia_access_location_missing';
const withAia = (access: Parameters<typeof ext.authorityInfoAccess>[0]) =>
  leaf({ ext: { [OID.authorityInfoAccess]: ext.authorityInfoAccess(access) } });

describe(LINT, () => {
  it('passes an http caIssuers URI', () => assertLint(LINT, leaf(), 'pass'));
  it('warns when no caIssuers location is an http or ldap URI', () =>
    assertLint(
      LINT,
      withAia({ caIssuers: ['ftp://ca.example.net/r1.der', { dns: 'ca.example.net' }] }),
      'warn',
    ));
  it('is NA without caIssuers', () => assertLint(LINT, withAia({ ocsp: ['http://ocsp.example.net'] }), 'NA'));
});
