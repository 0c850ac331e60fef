import { describe, it } from 'node:test';
import { octetString } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_empty_sct_list';
/** The SCT extension around a TLS-encoded list (only its length prefix matters here). */
const sctList = (...list: number[]) => ext.raw(OID.ctSctList, false, octetString(Uint8Array.from(list)));

describe(LINT, () => {
  it('passes a subscriber certificate without SCTs', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a non-empty list', () =>
    assertLint(LINT, leaf({ ext: { [OID.ctSctList]: sctList(0, 4, 0, 2, 0xaa, 0xbb) } }), 'pass'));
  it('flags an empty list', () =>
    assertLint(LINT, leaf({ ext: { [OID.ctSctList]: sctList(0, 0) } }), 'error'));
  it('is NA for a precertificate', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.ctPoison]: ext.ctPoison(), [OID.ctSctList]: sctList(0, 0) } }),
      'NA',
    ));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
