import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_subject_key_identifier_not_recommended_subscriber';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const SKI = ext.subjectKeyIdentifier(Uint8Array.of(1, 2, 3, 4));

describe(LINT, () => {
  it('passes without subjectKeyIdentifier', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on subjectKeyIdentifier', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectKeyIdentifier]: SKI } }), 'warn'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...OLD, ext: { [OID.subjectKeyIdentifier]: SKI } }), 'NE'));
});
