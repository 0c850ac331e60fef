import { describe, it } from 'node:test';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_orgid_inconsistent_subj_and_ext';

describe(LINT, () => {
  it('passes when both agree', () =>
    assertLint(LINT, evWithOrgId('NTRIT+RM-1234', cabfOrgId('NTR', 'IT', '1234', 'RM')), 'pass'));
  it('passes a PSD reference without the NCA identifier', () =>
    assertLint(LINT, evWithOrgId('PSDIT-BI-1234', cabfOrgId('PSD', 'IT', '1234')), 'pass'));
  it('flags a different reference', () =>
    assertLint(LINT, evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'IT', '9999')), 'error'));
  it('flags a missing state in the extension', () =>
    assertLint(LINT, evWithOrgId('NTRIT+RM-1234', cabfOrgId('NTR', 'IT', '1234')), 'error'));
  it('flags a subject value of the wrong form', () =>
    assertLint(LINT, evWithOrgId('VATITT-1234', cabfOrgId('VAT', 'IT', '1234')), 'error'));
  it('does not apply without the extension', () => assertLint(LINT, evWithOrgId('VATIT-1234', null), 'NA'));
});
