import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_missing';

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a missing subjectAltName', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectAltName]: null } }), 'error'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
