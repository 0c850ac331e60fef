import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_eku_critical';

describe(LINT, () => {
  it('passes with a non-critical extKeyUsage', () => assertLint(LINT, subCA(), 'pass'));
  it('warns on a critical extKeyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.serverAuth], true) } }), 'warn'));
  it('is NA without extKeyUsage', () => assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.serverAuth], true) } }), 'NA'));
});
