import { describe, it } from 'node:test';
import { octetString } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_precert_with_sct_list';
const poison = { [OID.ctPoison]: ext.ctPoison() };
const sctList = ext.raw(OID.ctSctList, false, octetString(Uint8Array.of(0, 4, 0, 2, 0xaa, 0xbb)));

describe(LINT, () => {
  it('passes a precertificate without SCTs', () => assertLint(LINT, leaf({ ext: poison }), 'pass'));
  it('flags a precertificate with SCTs', () =>
    assertLint(LINT, leaf({ ext: { ...poison, [OID.ctSctList]: sctList } }), 'error'));
  it('is NA for a final certificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.ctSctList]: sctList } }), 'NA'));
});
