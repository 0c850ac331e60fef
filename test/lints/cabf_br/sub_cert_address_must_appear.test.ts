/** e_sub_cert_{locality_name,province}_must_appear: organizationName or givenName needs one of the two. */
import { describe, it } from 'node:test';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

/** Each lint is satisfied by its own field or by the other one. */
const REQUIRED: readonly [lint: string, field: string, own: Attr, other: Attr][] = [
  ['e_sub_cert_locality_name_must_appear', 'localityName', ['L', 'X'], ['ST', 'X']],
  ['e_sub_cert_province_must_appear', 'stateOrProvinceName', ['ST', 'X'], ['L', 'X']],
];

const subject = (...attrs: Attr[]) =>
  leaf({ subject: name(['C', 'US'], ...attrs, ['CN', 'www.example.com']) });

for (const [lint, field, own, other] of REQUIRED) {
  describe(lint, () => {
    it('passes a subject without organization or person', () => assertLint(lint, leaf(), 'pass'));
    it(`passes organizationName with ${field}`, () =>
      assertLint(lint, subject(['O', 'Example Inc'], own), 'pass'));
    it('passes organizationName with the other address field instead', () =>
      assertLint(lint, subject(['O', 'Example Inc'], other), 'pass'));
    it('flags organizationName with neither', () => assertLint(lint, subject(['O', 'Example Inc']), 'error'));
    it('flags givenName with neither', () => assertLint(lint, subject(['GN', 'Ada']), 'error'));
    it('does not apply to CA certificates', () =>
      assertLint(lint, subCA({ subject: name(['C', 'US'], ['O', 'X'], ['CN', 'CA']) }), 'NA'));
  });
}
