import { describe, it } from 'node:test';
import { evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_subject_organization_identifier_well_formed';

describe(LINT, () => {
  it('passes NTRUS+CA-12345678', () => assertLint(LINT, evWithOrgId('NTRUS+CA-12345678', null), 'pass'));
  it('passes VATDE-123456789', () => assertLint(LINT, evWithOrgId('VATDE-123456789', null), 'pass'));
  it('flags a state on a VAT identifier', () =>
    assertLint(LINT, evWithOrgId('VATUS+CA-1234', null), 'error'));
  it('flags a lower-case country', () => assertLint(LINT, evWithOrgId('NTRit-1234', null), 'error'));
  it('flags a missing reference', () => assertLint(LINT, evWithOrgId('NTRIT-', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, evWithOrgId(null, null), 'NA'));
});
