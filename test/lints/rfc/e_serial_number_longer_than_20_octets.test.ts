import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_serial_number_longer_than_20_octets';
const serialOf = (length: number, first: number) => {
  const bytes = new Uint8Array(length).fill(0x5a);
  bytes[0] = first;
  return bytes;
};

describe(LINT, () => {
  it('passes a 20-octet serial', () => assertLint(LINT, leaf({ serial: serialOf(20, 0x7f) }), 'pass'));
  it('flags a 21-octet serial', () => assertLint(LINT, leaf({ serial: serialOf(21, 0x01) }), 'error'));
  it('flags 20 value octets with the sign octet', () =>
    assertLint(LINT, leaf({ serial: Uint8Array.of(0, ...serialOf(20, 0x80)) }), 'error'));
});
