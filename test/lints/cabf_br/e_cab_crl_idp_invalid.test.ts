import { describe, it } from 'node:test';
import { boolean, implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext, generalName } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const TRUE = boolean(true).subarray(2);
const DP = implicitConstructed(
  0,
  implicitConstructed(0, generalName({ uri: 'http://crl.example.net/1.crl' })),
);
/** An IssuingDistributionPoint from its encoded fields. */
const withIdp = (...fields: Uint8Array[]) =>
  crl({
    ext: { [OID.issuingDistributionPoint]: ext.raw(OID.issuingDistributionPoint, true, sequence(...fields)) },
  });

const LINT = 'e_cab_crl_idp_invalid';

describe(LINT, () => {
  it('passes a URI fullName', () => assertLint(LINT, withIdp(DP), 'pass'));
  it('passes a URI fullName with onlyContainsUserCerts', () =>
    assertLint(LINT, withIdp(DP, implicit(1, TRUE)), 'pass'));
  it('flags a missing distributionPoint', () => assertLint(LINT, withIdp(implicit(1, TRUE)), 'error'));
  it('flags a dNSName in fullName', () =>
    assertLint(
      LINT,
      withIdp(implicitConstructed(0, implicitConstructed(0, generalName({ dns: 'crl.example.net' })))),
      'error',
    ));
  it('flags both scopes', () => assertLint(LINT, withIdp(DP, implicit(1, TRUE), implicit(2, TRUE)), 'error'));
  it('flags indirectCRL', () => assertLint(LINT, withIdp(DP, implicit(4, TRUE)), 'error'));
  it('does not apply to a CRL without IDP', () => assertLint(LINT, crl(), 'NA'));
});
