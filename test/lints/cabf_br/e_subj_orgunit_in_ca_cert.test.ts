import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { eku, policies } from '../../support/br_fixtures.js';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subj_orgunit_in_ca_cert';
const WITH_OU = name(['C', 'US'], ['O', 'Vigil Test PKI'], ['OU', 'PKI'], ['CN', 'Vigil Test Issuing CA R1']);

describe(LINT, () => {
  it('passes a TLS CA without organizationalUnitName', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a TLS CA with organizationalUnitName', () =>
    assertLint(LINT, subCA({ subject: WITH_OU }), 'error'));
  it('flags a CA without EKUs (usable for TLS) with organizationalUnitName', () =>
    assertLint(LINT, subCA({ subject: WITH_OU, ext: { [OID.extKeyUsage]: null } }), 'error'));
  it('does not apply to a CA limited to non-TLS EKUs', () =>
    assertLint(
      LINT,
      subCA({
        subject: WITH_OU,
        ext: { ...eku([OID.clientAuth, OID.emailProtection]), ...policies(OID.anyPolicy) },
      }),
      'NA',
    ));
  it('does not apply to subscriber certificates', () =>
    assertLint(LINT, leaf({ subject: name(['OU', 'Web'], ['CN', 'www.example.com']) }), 'NA'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, subCA({ subject: WITH_OU, notBefore: new Date('2023-01-01T00:00:00Z') }), 'NE'));
});
