import { describe, it } from 'node:test';
import { evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_inconsistent_joic_and_orgid';

describe(LINT, () => {
  it('passes an NTR identifier of the jurisdiction country', () =>
    assertLint(LINT, evWithOrgId('NTRIT-1234', null), 'pass'));
  it('passes a VAT identifier of another country', () =>
    assertLint(LINT, evWithOrgId('VATFR-1234', null), 'pass'));
  it('flags an NTR identifier of another country', () =>
    assertLint(LINT, evWithOrgId('NTRFR-1234', null), 'error'));
  it('flags a value too short to hold a scheme and country', () =>
    assertLint(LINT, evWithOrgId('NTR', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, evWithOrgId(null, null), 'NA'));
});
