/** e_ca_{common,country,organization}_name_missing: a CA subject names itself, its country and organization. */
import { describe, it } from 'node:test';
import { type Case, itCases } from '../../support/br_fixtures.js';
import { type Attr, leaf, name, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const CA_SUBJECT: readonly Attr[] = [
  ['C', 'US'],
  ['O', 'Vigil Test PKI'],
  ['CN', 'CA'],
];
const without = (type: string) => name(...CA_SUBJECT.filter(([t]) => t !== type));
const blank = (type: string) => name(...CA_SUBJECT.map(([t, v]): Attr => [t, t === type ? '' : v]));

const REQUIRED: readonly [lint: string, attribute: string, type: string, more?: Case[]][] = [
  [
    'e_ca_common_name_missing',
    'commonName',
    'CN',
    [
      [
        'is not effective before BR 1.4.8',
        () => subCA({ subject: without('CN'), notBefore: new Date('2017-01-01T00:00:00Z') }),
        'NE',
      ],
    ],
  ],
  [
    'e_ca_country_name_missing',
    'countryName',
    'C',
    [['passes a root with a countryName', () => root(), 'pass']],
  ],
  ['e_ca_organization_name_missing', 'organizationName', 'O'],
];

for (const [lint, attribute, type, more = []] of REQUIRED) {
  describe(lint, () => {
    it(`passes a CA with ${attribute}`, () => assertLint(lint, subCA(), 'pass'));
    it(`flags a CA without ${attribute}`, () => assertLint(lint, subCA({ subject: without(type) }), 'error'));
    it(`flags a blank ${attribute}`, () => assertLint(lint, subCA({ subject: blank(type) }), 'error'));
    it('does not apply to subscriber certificates', () => assertLint(lint, leaf(), 'NA'));
    itCases(lint, more);
  });
}
