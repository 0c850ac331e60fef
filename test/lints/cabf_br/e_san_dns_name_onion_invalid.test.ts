import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies, withSan } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_san_dns_name_onion_invalid';
const V2 = `${'b'.repeat(16)}.onion`;

describe(LINT, () => {
  it('passes a v3 address', () => assertLint(LINT, withSan([`${'a'.repeat(56)}.onion`]), 'pass'));
  it('flags a name that is no Tor address', () => assertLint(LINT, withSan(['zlint.onion']), 'error'));
  it('flags a v2 address in a DV certificate', () => assertLint(LINT, withSan([V2]), 'error'));
  it('passes a v2 address in an EV certificate', () =>
    assertLint(LINT, withSan([V2], { ext: policies(OID.evGuidelines) }), 'pass'));
  it('flags non-base-32 characters', () => assertLint(LINT, withSan([`${'1'.repeat(56)}.onion`]), 'error'));
  it('is NA without .onion names', () => assertLint(LINT, leaf(), 'NA'));
});
