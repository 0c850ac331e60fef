import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_aia_marked_critical';
const withExt = (critical: boolean) =>
  leaf({
    ext: {
      [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }, critical),
    },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'error'));
  it('is NA without the extension', () =>
    assertLint(LINT, leaf({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
});
