import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_san_critical_with_subject_dn';

describe(LINT, () => {
  it('passes a non-critical SAN', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on a critical SAN with a subject', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com'], true) } }),
      'warn',
    ));
  it('passes a critical SAN with an empty subject', () =>
    assertLint(
      LINT,
      leaf({ subject: name(), ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com'], true) } }),
      'pass',
    ));
});
