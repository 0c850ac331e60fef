import { describe, it } from 'node:test';
import { aia, EARLY_2019 } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_aia_ocsp_must_have_http_only';
const HTTPS_OCSP = aia({ ocsp: ['https://ocsp.example.net'] });

describe(LINT, () => {
  it('passes with an http OCSP URL', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an https OCSP URL', () => assertLint(LINT, leaf({ ext: HTTPS_OCSP }), 'error'));
  it('flags an LDAP OCSP URL', () =>
    assertLint(LINT, leaf({ ext: aia({ ocsp: ['ldap://ldap.example.net/cn=ocsp'] }) }), 'error'));
  it('is NA without an OCSP URL', () =>
    assertLint(LINT, leaf({ ext: aia({ caIssuers: ['http://ca.example.net/r1.der'] }) }), 'NA'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA({ ext: HTTPS_OCSP }), 'NA'));
  it('is not effective before SC62', () => assertLint(LINT, leaf({ ...EARLY_2019, ext: HTTPS_OCSP }), 'NE'));
});
