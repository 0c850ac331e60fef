import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_name_constraints_not_critical';
const withExt = (critical: boolean) =>
  subCA({
    ext: { [OID.nameConstraints]: ext.nameConstraints({ permitted: [{ dns: 'example.com' }] }, critical) },
  });

describe(LINT, () => {
  it('passes when the extension is critical', () => assertLint(LINT, withExt(true), 'pass'));
  it('flags the extension when non-critical', () => assertLint(LINT, withExt(false), 'error'));
  it('is NA without the extension', () =>
    assertLint(LINT, subCA({ ext: { [OID.nameConstraints]: null } }), 'NA'));
});
