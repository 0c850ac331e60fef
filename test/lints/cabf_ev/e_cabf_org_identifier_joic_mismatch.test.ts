import { describe, it } from 'node:test';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cabf_org_identifier_joic_mismatch';

describe(LINT, () => {
  it('passes when the countries agree', () =>
    assertLint(LINT, evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'IT', '1234')), 'pass'));
  it('flags a registrationCountry other than jurisdictionCountryName', () =>
    assertLint(LINT, evWithOrgId('VATFR-1234', cabfOrgId('VAT', 'FR', '1234')), 'error'));
  it('does not apply without the extension', () => assertLint(LINT, evWithOrgId('VATIT-1234', null), 'NA'));
});
