import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_sub_ca_eku_missing';

describe(LINT, () => {
  it('passes with extKeyUsage', () => assertLint(LINT, subCA(), 'pass'));
  it('notes a subordinate CA without extKeyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'notice'));
  it('is NA for a root', () => assertLint(LINT, root(), 'NA'));
});
