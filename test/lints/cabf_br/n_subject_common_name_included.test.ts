import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_subject_common_name_included';
const BR1 = { notBefore: new Date('2023-01-01T00:00:00Z'), notAfter: new Date('2023-03-01T00:00:00Z') };
const NO_CN = {
  subject: name(),
  ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com'], true) },
};

describe(LINT, () => {
  it('notes a subscriber commonName', () => assertLint(LINT, leaf(BR1), 'notice'));
  it('passes a subscriber certificate without commonName', () =>
    assertLint(LINT, leaf({ ...BR1, ...NO_CN }), 'pass'));
  it('does not apply to CA certificates', () => assertLint(LINT, subCA(BR1), 'NA'));
  it('is no longer effective from BR 2.0.0', () => assertLint(LINT, leaf(), 'NE'));
});
