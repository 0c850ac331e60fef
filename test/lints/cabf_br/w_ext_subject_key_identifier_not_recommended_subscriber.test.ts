import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019 } from '../../support/br_fixtures.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_subject_key_identifier_not_recommended_subscriber';
const SKI = ext.subjectKeyIdentifier(Uint8Array.of(1, 2, 3, 4));

describe(LINT, () => {
  it('passes without subjectKeyIdentifier', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on subjectKeyIdentifier', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectKeyIdentifier]: SKI } }), 'warn'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: { [OID.subjectKeyIdentifier]: SKI } }), 'NE'));
});
