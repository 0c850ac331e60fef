import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_eku_missing';

describe(LINT, () => {
  it('passes with extKeyUsage', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a subscriber certificate without extKeyUsage', () =>
    assertLint(LINT, leaf({ ext: { [OID.extKeyUsage]: null } }), 'error'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
});
