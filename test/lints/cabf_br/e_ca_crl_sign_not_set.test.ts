import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_crl_sign_not_set';

describe(LINT, () => {
  it('passes for the subordinate CA profile', () => assertLint(LINT, subCA(), 'pass'));
  it('passes for the root profile', () => assertLint(LINT, root(), 'pass'));
  it('flags a CA keyUsage without cRLSign', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature, KU.keyCertSign]) } }),
      'error',
    ));
  it('is NA for a CA without keyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
});
