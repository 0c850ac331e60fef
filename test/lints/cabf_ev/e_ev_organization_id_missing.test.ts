import { describe, it } from 'node:test';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_organization_id_missing';

describe(LINT, () => {
  it('passes with the extension', () =>
    assertLint(LINT, evWithOrgId('VATIT-01234567890', cabfOrgId('VAT', 'IT', '01234567890')), 'pass'));
  it('flags organizationIdentifier without the extension', () =>
    assertLint(LINT, evWithOrgId('VATIT-01234567890', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, evWithOrgId(null, null), 'NA'));
  it('is not effective before 2020-01-31', () =>
    assertLint(
      LINT,
      evWithOrgId('VATIT-01234567890', null, {
        notBefore: new Date('2019-12-01T00:00:00Z'),
        notAfter: new Date('2020-12-01T00:00:00Z'),
      }),
      'NE',
    ));
});
