import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_subject_key_identifier_critical';
const withExt = (critical: boolean) =>
  subCA({
    ext: { [OID.subjectKeyIdentifier]: ext.subjectKeyIdentifier(Uint8Array.of(1, 2, 3, 4), critical) },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'error'));
  it('is NA without the extension', () =>
    assertLint(LINT, subCA({ ext: { [OID.subjectKeyIdentifier]: null } }), 'NA'));
});
