import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_key_cert_sign_not_set';

describe(LINT, () => {
  it('passes for the subordinate CA profile', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a CA keyUsage without keyCertSign', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature, KU.cRLSign]) } }),
      'error',
    ));
  it('is NA for a CA without keyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () => assertLint(LINT, leaf(), 'NA'));
});
