import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019, policies } from '../../support/br_fixtures.js';
import { leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_multiple_reserved_policy_oids';

describe(LINT, () => {
  it('passes with one reserved identifier', () =>
    assertLint(LINT, subCA({ ext: policies(OID.brDomainValidated) }), 'pass'));
  it('passes with one reserved identifier and a CA policy', () =>
    assertLint(LINT, subCA({ ext: policies(OID.brOrganizationValidated, '1.3.6.1.4.1.55555.1') }), 'pass'));
  it('passes the builder default (DV only)', () => assertLint(LINT, subCA(), 'pass'));
  it('flags DV and OV together', () =>
    assertLint(LINT, subCA({ ext: policies(OID.brDomainValidated, OID.brOrganizationValidated) }), 'error'));
  it('flags OV and EV together', () =>
    assertLint(LINT, subCA({ ext: policies(OID.brOrganizationValidated, OID.evGuidelines) }), 'error'));
  it('is NA for a CA asserting anyPolicy', () =>
    assertLint(LINT, subCA({ ext: policies(OID.anyPolicy) }), 'NA'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf({ ext: policies(OID.brDomainValidated, OID.brOrganizationValidated) }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(
      LINT,
      subCA({ ...EARLY_2019, ext: policies(OID.brDomainValidated, OID.brOrganizationValidated) }),
      'NE',
    ));
});
