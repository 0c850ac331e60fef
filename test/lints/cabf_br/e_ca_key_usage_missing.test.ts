import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_key_usage_missing';

describe(LINT, () => {
  it('passes for the subordinate CA profile', () => assertLint(LINT, subCA(), 'pass'));
  it('passes for the root profile', () => assertLint(LINT, root(), 'pass'));
  it('flags a CA without keyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'error'));
  it('flags a CA keyUsage asserting no bit', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: ext.keyUsage([]) } }), 'error'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
