import { describe, it } from 'node:test';
import { sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { extension, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_cert_policy_empty';

describe(LINT, () => {
  it('passes with a policy identifier', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a missing certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'error'));
  it('flags an empty certificatePolicies', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.certificatePolicies]: extension(OID.certificatePolicies, false, sequence()) } }),
      'error',
    ));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
});
