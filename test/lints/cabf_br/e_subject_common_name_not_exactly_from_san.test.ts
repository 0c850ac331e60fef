import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_common_name_not_exactly_from_san';

describe(LINT, () => {
  it('passes when the CN is a SAN dNSName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes when the CN is the text of a SAN iPAddress', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['CN', '192.0.2.7']),
        ext: { [OID.subjectAltName]: ext.subjectAltName([{ ip: '192.0.2.7' }]) },
      }),
      'pass',
    ));
  it('flags a CN missing from the SAN (seed 003, Izenpe)', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'mail.example.com']) }), 'error'));
  it('flags a CN that differs from the SAN only in case', () =>
    assertLint(LINT, leaf({ subject: name(['CN', 'WWW.example.com']) }), 'error'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['CN', 'mail.example.com']),
        notBefore: new Date('2023-01-01T00:00:00Z'),
        notAfter: new Date('2023-03-01T00:00:00Z'),
      }),
      'NE',
    ));
});
