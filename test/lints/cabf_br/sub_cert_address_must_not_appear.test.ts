/** e_sub_cert_*_must_not_appear: address fields only beside organizationName or givenName and surname. */
import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const ADDRESS_FIELDS: readonly [lint: string, field: string, attr: Attr][] = [
  ['e_sub_cert_locality_name_must_not_appear', 'localityName', ['L', 'Springfield']],
  ['e_sub_cert_postal_code_must_not_appear', 'postalCode', ['postalCode', '62701']],
  ['e_sub_cert_province_must_not_appear', 'stateOrProvinceName', ['ST', 'Illinois']],
  ['e_sub_cert_street_address_should_not_exist', 'streetAddress', ['street', '1 Main St']],
];

const subject = (...attrs: Attr[]) =>
  leaf({
    subject: name(['C', 'US'], ['L', 'Springfield'], ['ST', 'Illinois'], ...attrs, ['CN', 'www.example.com']),
  });

for (const [lint, field, attr] of ADDRESS_FIELDS) {
  describe(lint, () => {
    it(`passes a subject without ${field}`, () => assertLint(lint, leaf(), 'pass'));
    it(`passes ${field} with organizationName`, () =>
      assertLint(lint, subject(['O', 'Example Inc'], attr), 'pass'));
    it(`passes ${field} with givenName and surname`, () =>
      assertLint(lint, subject(['GN', 'Ada'], ['SN', 'Lovelace'], attr), 'pass'));
    it(`flags ${field} without organizationName, givenName or surname`, () =>
      assertLint(lint, leaf({ subject: name(['C', 'US'], attr, ['CN', 'www.example.com']) }), 'error'));
    it('does not apply to CA certificates', () =>
      assertLint(lint, subCA({ subject: name(['C', 'US'], attr, ['CN', 'CA']) }), 'NA'));
  });
}
