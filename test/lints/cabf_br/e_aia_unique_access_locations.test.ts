import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { aia } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_aia_unique_access_locations';

describe(LINT, () => {
  it('passes with one URL per method', () => assertLint(LINT, leaf(), 'pass'));
  it('flags two OCSP URLs differing only in case', () =>
    assertLint(
      LINT,
      leaf({ ext: aia({ ocsp: ['http://ocsp.example.net/a', 'HTTP://OCSP.EXAMPLE.NET/A'] }) }),
      'error',
    ));
  it('flags a repeated caIssuers URL', () =>
    assertLint(
      LINT,
      leaf({ ext: aia({ caIssuers: ['http://ca.example.net/r1.der', 'http://ca.example.net/r1.der'] }) }),
      'error',
    ));
  it('passes with the same URL under two methods', () =>
    assertLint(
      LINT,
      leaf({ ext: aia({ ocsp: ['http://ca.example.net/'], caIssuers: ['http://ca.example.net/'] }) }),
      'pass',
    ));
  it('is NA without AIA', () => assertLint(LINT, leaf({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
});
