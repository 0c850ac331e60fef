import { describe, it } from 'node:test';
import { oid, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_cert_policy_disallowed_any_policy_qualifier';
const withPolicies = (policies: Parameters<typeof ext.certificatePolicies>[0]) =>
  subCA({ ext: { [OID.certificatePolicies]: ext.certificatePolicies(policies) } });

describe(LINT, () => {
  it('passes anyPolicy with CPS and userNotice qualifiers', () =>
    assertLint(
      LINT,
      withPolicies([{ oid: OID.anyPolicy, cps: 'http://cps.example.net', userNotice: 'See the CPS' }]),
      'pass',
    ));
  it('flags anyPolicy with another qualifier', () =>
    assertLint(
      LINT,
      withPolicies([
        { oid: OID.anyPolicy, qualifiers: [sequence(oid('1.3.6.1.5.5.7.2.3'), utf8String('x'))] },
      ]),
      'error',
    ));
  it('is NA without anyPolicy', () => assertLint(LINT, subCA(), 'NA'));
});
