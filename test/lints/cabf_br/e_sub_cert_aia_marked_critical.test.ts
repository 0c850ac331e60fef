import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_aia_marked_critical';

describe(LINT, () => {
  it('passes with a non-critical AIA', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a critical AIA', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }, true),
        },
      }),
      'error',
    ));
  it('is NA without AIA', () => assertLint(LINT, leaf({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is NA for a CA', () =>
    assertLint(
      LINT,
      subCA({
        ext: {
          [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }, true),
        },
      }),
      'NA',
    ));
});
