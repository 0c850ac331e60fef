import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_subject_key_identifier_missing_ca';

describe(LINT, () => {
  it('passes a CA with an SKI', () => assertLint(LINT, subCA(), 'pass'));
  it('passes a root with an SKI', () => assertLint(LINT, root(), 'pass'));
  it('flags a CA without an SKI', () =>
    assertLint(LINT, subCA({ ext: { [OID.subjectKeyIdentifier]: null } }), 'error'));
  it('is NA for a non-CA certificate', () => assertLint(LINT, leaf(), 'NA'));
});
