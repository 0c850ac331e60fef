import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_aia_does_not_contain_issuing_ca_url';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes with an http caIssuers URL (BR 1.x)', () => assertLint(LINT, subCA(OLD), 'pass'));
  it('warns with only an OCSP URL (BR 1.x)', () =>
    assertLint(
      LINT,
      subCA({
        ...OLD,
        ext: { [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }) },
      }),
      'warn',
    ));
  it('warns without AIA (BR 1.x)', () =>
    assertLint(LINT, subCA({ ...OLD, ext: { [OID.authorityInfoAccess]: null } }), 'warn'));
  it('is not effective from BR 2.0.0', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NE'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(OLD), 'NA'));
});
