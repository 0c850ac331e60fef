import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { aia } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_cert_aia_does_not_contain_issuing_ca_url';

describe(LINT, () => {
  it('passes with an http caIssuers URL', () => assertLint(LINT, leaf(), 'pass'));
  it('warns with only an OCSP URL', () =>
    assertLint(LINT, leaf({ ext: aia({ ocsp: ['http://ocsp.example.net'] }) }), 'warn'));
  it('warns with an https caIssuers URL', () =>
    assertLint(LINT, leaf({ ext: aia({ caIssuers: ['https://ca.example.net/r1.der'] }) }), 'warn'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
});
