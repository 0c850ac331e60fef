import { describe, it } from 'node:test';
import { bitString } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_incorrect_ku_encoding';
const withKu = (bytes: number[], unused: number) =>
  leaf({ ext: { [OID.keyUsage]: ext.raw(OID.keyUsage, true, bitString(Uint8Array.from(bytes), unused)) } });

describe(LINT, () => {
  it('passes digitalSignature encoded 03 02 07 80', () => assertLint(LINT, withKu([0x80], 7), 'pass'));
  it('passes digitalSignature and decipherOnly 03 03 07 80 80', () =>
    assertLint(LINT, withKu([0x80, 0x80], 7), 'pass'));
  it('flags digitalSignature encoded 03 02 00 80', () => assertLint(LINT, withKu([0x80], 0), 'error'));
  it('flags keyCertSign and cRLSign encoded 03 02 00 06', () => assertLint(LINT, withKu([0x06], 0), 'error'));
  it('passes keyCertSign and cRLSign encoded 03 02 01 06', () => assertLint(LINT, withKu([0x06], 1), 'pass'));
  it('is NA without keyUsage', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
