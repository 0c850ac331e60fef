import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_aia_non_http_url';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const aia = (access: { ocsp?: string[]; caIssuers?: string[] }) => ({
  ext: { [OID.authorityInfoAccess]: ext.authorityInfoAccess(access) },
});

describe(LINT, () => {
  it('passes with an http caIssuers URL', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with http OCSP and caIssuers URLs', () =>
    assertLint(
      LINT,
      subCA(aia({ ocsp: ['http://ocsp.example.net'], caIssuers: ['HTTP://ca.example.net/root.der'] })),
      'pass',
    ));
  it('flags an https caIssuers URL', () =>
    assertLint(LINT, subCA(aia({ caIssuers: ['https://ca.example.net/root.der'] })), 'error'));
  it('flags an LDAP OCSP URL', () =>
    assertLint(
      LINT,
      subCA(aia({ ocsp: ['ldap://ldap.example.net/'], caIssuers: ['http://ca.example.net/root.der'] })),
      'error',
    ));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
  it('is NA for a subordinate CA without AIA', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, subCA({ ...OLD, ...aia({ caIssuers: ['https://ca.example.net/root.der'] }) }), 'NE'));
});
