import { describe, it } from 'node:test';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cabf_org_identifier_psd_vat_has_state';

describe(LINT, () => {
  it('passes VAT without a state', () =>
    assertLint(LINT, evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'IT', '1234')), 'pass'));
  it('flags PSD with a state', () =>
    assertLint(LINT, evWithOrgId('PSDIT-BI-1234', cabfOrgId('PSD', 'IT', '1234', 'RM')), 'error'));
  it('flags VAT with a state', () =>
    assertLint(LINT, evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'IT', '1234', 'RM')), 'error'));
  it('does not apply to NTR', () =>
    assertLint(LINT, evWithOrgId('NTRIT+RM-1234', cabfOrgId('NTR', 'IT', '1234', 'RM')), 'NA'));
});
