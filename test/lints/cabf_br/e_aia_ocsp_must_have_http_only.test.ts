import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_aia_ocsp_must_have_http_only';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const aia = (ocsp: string) => ({
  ext: { [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: [ocsp] }) },
});

describe(LINT, () => {
  it('passes with an http OCSP URL', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an https OCSP URL', () => assertLint(LINT, leaf(aia('https://ocsp.example.net')), 'error'));
  it('flags an LDAP OCSP URL', () => assertLint(LINT, leaf(aia('ldap://ldap.example.net/cn=ocsp')), 'error'));
  it('is NA without an OCSP URL', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.authorityInfoAccess]: ext.authorityInfoAccess({ caIssuers: ['http://ca.example.net/r1.der'] }),
        },
      }),
      'NA',
    ));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(aia('https://ocsp.example.net')), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...OLD, ...aia('https://ocsp.example.net') }), 'NE'));
});
