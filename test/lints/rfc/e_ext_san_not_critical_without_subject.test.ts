import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_not_critical_without_subject';

describe(LINT, () => {
  it('passes with a subject', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a non-critical SAN with an empty subject', () =>
    assertLint(LINT, leaf({ subject: name() }), 'error'));
  it('passes a critical SAN with an empty subject', () =>
    assertLint(
      LINT,
      leaf({ subject: name(), ext: { [OID.subjectAltName]: ext.subjectAltName(['example.com'], true) } }),
      'pass',
    ));
});
