import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2023 } from '../../support/br_fixtures.js';
import { ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_subject_common_name_included';

describe(LINT, () => {
  it('notes a subscriber commonName', () => assertLint(LINT, leaf(EARLY_2023), 'notice'));
  it('passes a subscriber certificate without commonName', () =>
    assertLint(
      LINT,
      leaf({
        ...EARLY_2023,
        subject: name(),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com'], true) },
      }),
      'pass',
    ));
  it('does not apply to CA certificates', () => assertLint(LINT, subCA(EARLY_2023), 'NA'));
  it('is no longer effective from BR 2.0.0', () => assertLint(LINT, leaf(), 'NE'));
});
