import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_empty_without_san';

describe(LINT, () => {
  it('passes a subject with a SAN', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a non-empty subject without a SAN', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectAltName]: null } }), 'pass'));
  it('passes an empty subject with a critical SAN', () =>
    assertLint(
      LINT,
      leaf({ subject: name(), ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com'], true) } }),
      'pass',
    ));
  it('flags an empty subject without a SAN', () =>
    assertLint(LINT, leaf({ subject: name(), ext: { [OID.subjectAltName]: null } }), 'error'));
});
