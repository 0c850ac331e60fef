// The e_ev_*_missing lints: each EVG 9.2 subject attribute an EV certificate must carry.
import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { ev, without } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

interface RequiredAttribute {
  lint: string;
  /** The attribute type as certs.name() spells it. */
  type: string;
  /** Its name in the EVG. */
  attribute: string;
  /** An attribute that may stand in for it (EVG 9.2.4: locality or state). */
  alternative?: { type: string; attribute: string };
  /** Whether an empty value also counts as missing. */
  emptyIsMissing?: boolean;
}

const FAMILY: RequiredAttribute[] = [
  { lint: 'e_ev_business_category_missing', type: 'businessCategory', attribute: 'businessCategory' },
  { lint: 'e_ev_country_name_missing', type: 'C', attribute: 'countryName' },
  { lint: 'e_ev_organization_name_missing', type: 'O', attribute: 'organizationName' },
  {
    lint: 'e_ev_serial_number_missing',
    type: 'serialNumber',
    attribute: 'serialNumber',
    emptyIsMissing: true,
  },
  {
    lint: 'e_ev_locality_name_missing',
    type: 'L',
    attribute: 'localityName',
    alternative: { type: 'ST', attribute: 'stateOrProvinceName' },
  },
];

for (const { lint, type, attribute, alternative, emptyIsMissing } of FAMILY) {
  describe(lint, () => {
    it(`passes with ${attribute}`, () => assertLint(lint, ev(), 'pass'));
    if (alternative) {
      it(`passes without ${attribute} when ${alternative.attribute} is present`, () =>
        assertLint(lint, ev(without(type)), 'pass'));
      it(`flags an EV certificate with neither ${attribute} nor ${alternative.attribute}`, () =>
        assertLint(lint, ev(without(type).filter(([t]) => t !== alternative.type)), 'error'));
    } else {
      it(`flags an EV certificate without ${attribute}`, () => assertLint(lint, ev(without(type)), 'error'));
    }
    if (emptyIsMissing) {
      it(`flags an empty ${attribute}`, () => assertLint(lint, ev([...without(type), [type, '']]), 'error'));
    }
    it('does not apply to DV certificates', () => assertLint(lint, leaf(), 'NA'));
  });
}
