import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies } from '../../support/br_fixtures.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_root_ca_contains_cert_policy';

describe(LINT, () => {
  it('passes without certificatePolicies', () => assertLint(LINT, root(), 'pass'));
  it('warns on certificatePolicies', () => assertLint(LINT, root({ ext: policies(OID.anyPolicy) }), 'warn'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
});
