import { describe, it } from 'node:test';
import { leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_organization_name_missing';

describe(LINT, () => {
  it('passes a CA with an organizationName', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a CA without an organizationName', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['CN', 'CA']) }), 'error'));
  it('flags a blank organizationName', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['O', ''], ['CN', 'CA']) }), 'error'));
  it('does not apply to subscriber certificates', () => assertLint(LINT, leaf(), 'NA'));
});
