import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_serial_number_not_positive';

describe(LINT, () => {
  it('passes a positive serial', () => assertLint(LINT, leaf({ serial: 1n }), 'pass'));
  it('flags a zero serial', () => assertLint(LINT, leaf({ serial: 0n }), 'error'));
  it('flags a negative serial', () => assertLint(LINT, leaf({ serial: -5n }), 'error'));
});
