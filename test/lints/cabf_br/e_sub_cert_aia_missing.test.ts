import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_aia_missing';

describe(LINT, () => {
  it('passes with AIA', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a subscriber certificate without AIA', () =>
    assertLint(LINT, leaf({ ext: { [OID.authorityInfoAccess]: null } }), 'error'));
  it('is NA for a CA', () => assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is NA outside TLS (codeSigning only)', () =>
    assertLint(
      LINT,
      leaf({
        ext: { [OID.authorityInfoAccess]: null, [OID.extKeyUsage]: ext.extKeyUsage([OID.codeSigning]) },
      }),
      'NA',
    ));
});
