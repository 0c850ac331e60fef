import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies } from '../../support/br_fixtures.js';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cab_ov_requires_org';
const OV = policies(OID.brOrganizationValidated);
const ov = (...attrs: Attr[]) =>
  leaf({ subject: name(['C', 'US'], ['ST', 'Illinois'], ...attrs, ['CN', 'www.example.com']), ext: OV });

describe(LINT, () => {
  it('passes an OV subject with organizationName', () => assertLint(LINT, ov(['O', 'Example Inc']), 'pass'));
  it('flags an OV subject without organizationName', () => assertLint(LINT, ov(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['CN', 'CA']), ext: OV }), 'NA'));
});
