import { describe, it } from 'node:test';
import { aia, EARLY_2019 } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_aia_does_not_contain_ocsp_url';
const CA_ISSUERS_ONLY = aia({ caIssuers: ['http://ca.example.net/r1.der'] });

describe(LINT, () => {
  it('passes with an http OCSP URL (BR 1.x)', () => assertLint(LINT, leaf(EARLY_2019), 'pass'));
  it('flags AIA with only caIssuers (BR 1.x)', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: CA_ISSUERS_ONLY }), 'error'));
  it('flags an https-only OCSP URL (BR 1.x)', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: aia({ ocsp: ['https://ocsp.example.net'] }) }), 'error'));
  it('is not effective from BR 2.0.0', () => assertLint(LINT, leaf({ ext: CA_ISSUERS_ONLY }), 'NE'));
  it('is NA for a CA', () => assertLint(LINT, subCA(EARLY_2019), 'NA'));
});
