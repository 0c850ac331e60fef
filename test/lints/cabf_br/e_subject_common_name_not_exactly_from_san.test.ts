import { describe, it } from 'node:test';
import { EARLY_2023, withCn, withSubject } from '../../support/br_fixtures.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_common_name_not_exactly_from_san';

describe(LINT, () => {
  it('passes when the CN is a SAN dNSName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes when the CN is the text of a SAN iPAddress', () =>
    assertLint(LINT, withCn('192.0.2.7', [{ ip: '192.0.2.7' }]), 'pass'));
  it('flags a CN missing from the SAN (seed 003, Izenpe)', () =>
    assertLint(LINT, withSubject(['CN', 'mail.example.com']), 'error'));
  it('flags a CN that differs from the SAN only in case', () =>
    assertLint(LINT, withSubject(['CN', 'WWW.example.com']), 'error'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, leaf({ ...EARLY_2023, subject: name(['CN', 'mail.example.com']) }), 'NE'));
});
