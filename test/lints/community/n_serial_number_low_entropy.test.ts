import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued } from '../keys_validity_fixtures.js';

const LINT = 'n_serial_number_low_entropy';
const bytes = (...b: number[]) => Uint8Array.from(b);

describe(LINT, () => {
  it('passes a 16-octet random serial', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a 9-octet serial', () =>
    assertLint(LINT, leaf({ serial: bytes(1, 2, 3, 4, 5, 6, 7, 8, 9) }), 'pass'));
  it('notes an 8-octet serial (seed 003, Izenpe)', () =>
    assertLint(LINT, leaf({ serial: bytes(0x71, 2, 3, 4, 5, 6, 7, 8) }), 'notice'));
  it('notes 8 octets behind a sign octet', () =>
    assertLint(LINT, leaf({ serial: bytes(0, 0x81, 2, 3, 4, 5, 6, 7, 8) }), 'notice'));
  it('is not effective before Ballot 164', () =>
    assertLint(LINT, leaf({ serial: 0x1234n, ...issued('2016-06-01T00:00:00Z') }), 'NE'));
});
