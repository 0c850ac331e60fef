import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_certificate_policies_marked_critical';

describe(LINT, () => {
  it('passes with non-critical certificatePolicies', () => assertLint(LINT, subCA(), 'pass'));
  it('warns on critical certificatePolicies', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brDomainValidated], true) } }),
      'warn',
    ));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, subCA({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brDomainValidated], true) } }),
      'NA',
    ));
});
