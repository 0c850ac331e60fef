import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { eku } from '../../support/br_fixtures.js';
import { root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_root_ca_extended_key_usage_present';

describe(LINT, () => {
  it('passes for a root without EKU', () => assertLint(LINT, root(), 'pass'));
  it('flags a root with EKU', () => assertLint(LINT, root({ ext: eku([OID.serverAuth]) }), 'error'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
  it('is NA for a self-issued CA its own key did not sign', () =>
    assertLint(LINT, root({ signer: 'rsa2048' }), 'NA'));
});
