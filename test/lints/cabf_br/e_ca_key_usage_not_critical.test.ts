import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ca_key_usage_not_critical';

describe(LINT, () => {
  it('passes with a critical keyUsage', () => assertLint(LINT, subCA(), 'pass'));
  it('flags a non-critical keyUsage', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.cRLSign], false) } }),
      'error',
    ));
  it('flags a non-critical keyUsage in a root', () =>
    assertLint(
      LINT,
      root({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.cRLSign], false) } }),
      'error',
    ));
  it('is NA for a CA without keyUsage', () =>
    assertLint(LINT, subCA({ ext: { [OID.keyUsage]: null } }), 'NA'));
  it('is NA for a subscriber certificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature], false) } }), 'NA'));
});
