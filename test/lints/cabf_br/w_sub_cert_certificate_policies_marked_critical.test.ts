import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_cert_certificate_policies_marked_critical';

describe(LINT, () => {
  it('passes with non-critical certificatePolicies', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on critical certificatePolicies', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brDomainValidated], true) } }),
      'warn',
    ));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
});
