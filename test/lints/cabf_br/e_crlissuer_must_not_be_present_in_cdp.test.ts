import { describe, it } from 'node:test';
import { implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019 } from '../../support/br_fixtures.js';
import { extension, generalName, ISSUER_NAME, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crlissuer_must_not_be_present_in_cdp';
const WITH_CRL_ISSUER = {
  [OID.crlDistributionPoints]: extension(
    OID.crlDistributionPoints,
    false,
    sequence(
      sequence(
        implicitConstructed(0, implicitConstructed(0, generalName({ uri: 'http://crl.example.net/r1.crl' }))),
        implicitConstructed(2, generalName({ dn: ISSUER_NAME })),
      ),
    ),
  ),
};

describe(LINT, () => {
  it('passes without cRLIssuer', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a cRLIssuer', () => assertLint(LINT, leaf({ ext: WITH_CRL_ISSUER }), 'error'));
  it('flags a cRLIssuer in a CA certificate', () =>
    assertLint(LINT, subCA({ ext: WITH_CRL_ISSUER }), 'error'));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: WITH_CRL_ISSUER }), 'NE'));
});
