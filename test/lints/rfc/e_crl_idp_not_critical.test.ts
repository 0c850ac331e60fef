import { describe, it } from 'node:test';
import { implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext, generalName } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_idp_not_critical';
const IDP = sequence(
  implicitConstructed(0, implicitConstructed(0, generalName({ uri: 'http://crl.example.net/1.crl' }))),
);
const withIdp = (critical: boolean) =>
  crl({ ext: { [OID.issuingDistributionPoint]: ext.raw(OID.issuingDistributionPoint, critical, IDP) } });

describe(LINT, () => {
  it('passes a critical IDP', () => assertLint(LINT, withIdp(true), 'pass'));
  it('flags a non-critical IDP (a partitioned CRL that looks complete)', () =>
    assertLint(LINT, withIdp(false), 'error'));
  it('does not apply to a CRL without IDP', () => assertLint(LINT, crl(), 'NA'));
});
