import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { aia, EARLY_2019 } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_aia_non_http_url';
const ROOT_CERT = 'ca.example.net/root.der';
const HTTPS_CA_ISSUERS = aia({ caIssuers: [`https://${ROOT_CERT}`] });
const withAia = (ocsp: string[], caIssuers: string[]) => subCA({ ext: aia({ ocsp, caIssuers }) });

describe(LINT, () => {
  it('passes with an http caIssuers URL', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with http OCSP and caIssuers URLs', () =>
    assertLint(LINT, withAia(['http://ocsp.example.net'], [`HTTP://${ROOT_CERT}`]), 'pass'));
  it('flags an https caIssuers URL', () => assertLint(LINT, subCA({ ext: HTTPS_CA_ISSUERS }), 'error'));
  it('flags an LDAP OCSP URL', () =>
    assertLint(LINT, withAia(['ldap://ldap.example.net/'], [`http://${ROOT_CERT}`]), 'error'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
  it('is NA for a subordinate CA without AIA', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, subCA({ ...EARLY_2019, ext: HTTPS_CA_ISSUERS }), 'NE'));
});
