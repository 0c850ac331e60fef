/** e_cab_dv_conflicts_with_*: a BR 1.x DV subject must not carry an attribute that needs validation. */
import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2023, policies } from '../../support/br_fixtures.js';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const CONFLICTING: readonly [lint: string, attr: Attr][] = [
  ['e_cab_dv_conflicts_with_locality', ['L', 'Springfield']],
  ['e_cab_dv_conflicts_with_org', ['O', 'Example Inc']],
  ['e_cab_dv_conflicts_with_postal', ['postalCode', '12345']],
  ['e_cab_dv_conflicts_with_province', ['ST', 'Illinois']],
  ['e_cab_dv_conflicts_with_street', ['street', '1 Main St']],
];

for (const [lint, attr] of CONFLICTING) {
  const subject = name(['C', 'US'], attr, ['CN', 'www.example.com']);
  describe(lint, () => {
    it('passes a DV subject without it', () => assertLint(lint, leaf(EARLY_2023), 'pass'));
    it('flags a DV subject that includes it', () =>
      assertLint(lint, leaf({ ...EARLY_2023, subject }), 'error'));
    it('does not apply to OV certificates', () =>
      assertLint(lint, leaf({ ...EARLY_2023, subject, ext: policies(OID.brOrganizationValidated) }), 'NA'));
    it('does not apply to CA certificates', () => assertLint(lint, subCA({ ...EARLY_2023, subject }), 'NA'));
    it('is no longer effective from BR 2.0.0', () => assertLint(lint, leaf({ subject }), 'NE'));
  });
}
