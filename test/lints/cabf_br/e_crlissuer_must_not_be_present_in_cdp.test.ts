import { describe, it } from 'node:test';
import { implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { extension, generalName, ISSUER_NAME, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crlissuer_must_not_be_present_in_cdp';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const WITH_CRL_ISSUER = extension(
  OID.crlDistributionPoints,
  false,
  sequence(
    sequence(
      implicitConstructed(0, implicitConstructed(0, generalName({ uri: 'http://crl.example.net/r1.crl' }))),
      implicitConstructed(2, generalName({ dn: ISSUER_NAME })),
    ),
  ),
);

describe(LINT, () => {
  it('passes without cRLIssuer', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a cRLIssuer', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: WITH_CRL_ISSUER } }), 'error'));
  it('flags a cRLIssuer in a CA certificate', () =>
    assertLint(LINT, subCA({ ext: { [OID.crlDistributionPoints]: WITH_CRL_ISSUER } }), 'error'));
  it('is NA without cRLDistributionPoints', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...OLD, ext: { [OID.crlDistributionPoints]: WITH_CRL_ISSUER } }), 'NE'));
});
