import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_common_name_missing';
const NO_CN = name(['C', 'US'], ['O', 'Vigil Test PKI']);

describe(LINT, () => {
  it('passes a CA with a commonName', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a CA without a commonName', () => assertLint(LINT, subCA({ subject: NO_CN }), 'error'));
  it('flags a CA whose commonName is empty', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['O', 'Vigil Test PKI'], ['CN', '']) }), 'error'));
  it('does not apply to subscriber certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('is not effective before BR 1.4.8', () =>
    assertLint(LINT, subCA({ subject: NO_CN, notBefore: new Date('2017-01-01T00:00:00Z') }), 'NE'));
});
