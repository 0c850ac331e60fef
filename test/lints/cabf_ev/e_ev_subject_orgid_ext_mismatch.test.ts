import { describe, it } from 'node:test';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_subject_orgid_ext_mismatch';

describe(LINT, () => {
  it('passes when every component matches', () =>
    assertLint(
      LINT,
      evWithOrgId('PSDBE-NBB-1234.567.890', cabfOrgId('PSD', 'BE', 'NBB-1234.567.890')),
      'pass',
    ));
  it('flags a different country', () =>
    assertLint(LINT, evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'FR', '1234')), 'error'));
  it('flags a different state', () =>
    assertLint(LINT, evWithOrgId('NTRUS+CA-1234', cabfOrgId('NTR', 'US', '1234', 'NY')), 'error'));
  it('does not apply to an undecomposable subject value', () =>
    assertLint(LINT, evWithOrgId('VATIT', cabfOrgId('VAT', 'IT', '1234')), 'NA'));
  it('is not effective before EVG 2.0.2', () =>
    assertLint(
      LINT,
      evWithOrgId('VATIT-1234', cabfOrgId('VAT', 'FR', '1234'), {
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2026-03-01T00:00:00Z'),
      }),
      'NE',
    ));
});
