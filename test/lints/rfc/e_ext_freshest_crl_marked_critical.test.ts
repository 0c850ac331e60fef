import { describe, it } from 'node:test';
import { implicit, implicitConstructed, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_freshest_crl_marked_critical';
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const withExt = (critical: boolean) =>
  leaf({
    ext: {
      [OID.freshestCrl]: ext.raw(
        OID.freshestCrl,
        critical,
        sequence(
          sequence(
            implicitConstructed(
              0,
              implicitConstructed(0, implicit(6, ascii('http://crl.example.net/delta.crl'))),
            ),
          ),
        ),
      ),
    },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'error'));
  it('is NA without the extension', () => assertLint(LINT, leaf({ ext: { [OID.freshestCrl]: null } }), 'NA'));
});
