import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies, withSan } from '../../support/br_fixtures.js';
import { assertLint } from '../../support/lint.js';
import { issued } from '../keys_validity_fixtures.js';

const LINT = 'e_san_dns_name_onion_not_ev_cert';
const ONION = [`${'a'.repeat(56)}.onion`];

describe(LINT, () => {
  it('flags a DV certificate with a .onion name before BRs 1.6.9', () =>
    assertLint(LINT, withSan(ONION, issued('2019-01-01T00:00:00Z')), 'error'));
  it('passes an EV certificate', () =>
    assertLint(
      LINT,
      withSan(ONION, { ...issued('2019-01-01T00:00:00Z'), ext: policies(OID.evGuidelines) }),
      'pass',
    ));
  it('is NA from BRs 1.6.9 on', () => assertLint(LINT, withSan(ONION), 'NA'));
  it('is not effective before Ballot 144', () =>
    assertLint(LINT, withSan(ONION, issued('2015-01-01T00:00:00Z')), 'NE'));
});
