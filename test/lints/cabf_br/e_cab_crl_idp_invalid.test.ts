import { describe, it } from 'node:test';
import { implicitConstructed } from '../../../src/der/encode.js';
import { idp, withIdp } from '../../support/br_fixtures.js';
import { crl, generalName } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_crl_idp_invalid';
const { distributionPoint: DP, onlyContainsUserCerts, onlyContainsCACerts, indirectCRL } = idp;

describe(LINT, () => {
  it('passes a URI fullName', () => assertLint(LINT, withIdp([DP]), 'pass'));
  it('passes a URI fullName with onlyContainsUserCerts', () =>
    assertLint(LINT, withIdp([DP, onlyContainsUserCerts]), 'pass'));
  it('flags a missing distributionPoint', () => assertLint(LINT, withIdp([onlyContainsUserCerts]), 'error'));
  it('flags a dNSName in fullName', () =>
    assertLint(
      LINT,
      withIdp([implicitConstructed(0, implicitConstructed(0, generalName({ dns: 'crl.example.net' })))]),
      'error',
    ));
  it('flags both scopes', () =>
    assertLint(LINT, withIdp([DP, onlyContainsUserCerts, onlyContainsCACerts]), 'error'));
  it('flags indirectCRL', () => assertLint(LINT, withIdp([DP, indirectCRL]), 'error'));
  it('does not apply to a CRL without IDP', () => assertLint(LINT, crl(), 'NA'));
});
