import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { aia, EARLY_2019 } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_sub_ca_aia_does_not_contain_issuing_ca_url';

describe(LINT, () => {
  it('passes with an http caIssuers URL (BR 1.x)', () => assertLint(LINT, subCA(EARLY_2019), 'pass'));
  it('warns with only an OCSP URL (BR 1.x)', () =>
    assertLint(LINT, subCA({ ...EARLY_2019, ext: aia({ ocsp: ['http://ocsp.example.net'] }) }), 'warn'));
  it('warns without AIA (BR 1.x)', () =>
    assertLint(LINT, subCA({ ...EARLY_2019, ext: { [OID.authorityInfoAccess]: null } }), 'warn'));
  it('is not effective from BR 2.0.0', () =>
    assertLint(LINT, subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NE'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(EARLY_2019), 'NA'));
});
