import { describe, it } from 'node:test';
import { evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_invalid_orgid_reg_scheme';

describe(LINT, () => {
  it('passes NTR', () => assertLint(LINT, evWithOrgId('NTRIT-1234', null), 'pass'));
  it('flags LEI', () => assertLint(LINT, evWithOrgId('LEIXG-5493001KJTIIGC8Y1R12', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, evWithOrgId(null, null), 'NA'));
});
