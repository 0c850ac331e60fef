import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_root_ca_key_usage_present';

describe(LINT, () => {
  it('passes with keyUsage', () => assertLint(LINT, root(), 'pass'));
  it('flags a root without keyUsage', () =>
    assertLint(LINT, root({ ext: { [OID.keyUsage]: null } }), 'error'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
