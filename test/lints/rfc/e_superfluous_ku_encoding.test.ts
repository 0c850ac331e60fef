import { describe, it } from 'node:test';
import { bitString } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_superfluous_ku_encoding';
const withKu = (bytes: number[], unused: number) =>
  leaf({ ext: { [OID.keyUsage]: ext.raw(OID.keyUsage, true, bitString(Uint8Array.from(bytes), unused)) } });

describe(LINT, () => {
  it('passes 03 02 05 a0', () => assertLint(LINT, withKu([0xa0], 5), 'pass'));
  it('passes an empty BIT STRING', () => assertLint(LINT, withKu([], 0), 'pass'));
  it('flags a trailing 00 octet (03 03 07 80 00)', () => assertLint(LINT, withKu([0x80, 0x00], 7), 'error'));
  it('is NA without keyUsage', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
