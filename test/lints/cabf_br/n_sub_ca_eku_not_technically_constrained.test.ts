import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { eku } from '../../support/br_fixtures.js';
import { subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_sub_ca_eku_not_technically_constrained';

describe(LINT, () => {
  it('passes with serverAuth', () => assertLint(LINT, subCA(), 'pass'));
  it('passes with clientAuth', () => assertLint(LINT, subCA({ ext: eku([OID.clientAuth]) }), 'pass'));
  it('notes an extKeyUsage with neither serverAuth nor clientAuth', () =>
    assertLint(LINT, subCA({ ext: eku([OID.codeSigning]) }), 'notice'));
  it('is NA without extKeyUsage', () => assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
});
