import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_cert_policy_duplicate';

describe(LINT, () => {
  it('passes distinct policies', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a policy asserted twice', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.certificatePolicies]: ext.certificatePolicies([
            OID.brDomainValidated,
            { oid: OID.brDomainValidated, cps: 'http://cps.example.net' },
          ]),
        },
      }),
      'error',
    ));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
});
