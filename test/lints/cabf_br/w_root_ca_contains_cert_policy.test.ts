import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_root_ca_contains_cert_policy';

describe(LINT, () => {
  it('passes without certificatePolicies', () => assertLint(LINT, root(), 'pass'));
  it('warns on certificatePolicies', () =>
    assertLint(
      LINT,
      root({ ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.anyPolicy]) } }),
      'warn',
    ));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
});
