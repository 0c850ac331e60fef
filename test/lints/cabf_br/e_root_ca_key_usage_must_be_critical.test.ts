import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_root_ca_key_usage_must_be_critical';

describe(LINT, () => {
  it('passes with a critical keyUsage', () => assertLint(LINT, root(), 'pass'));
  it('flags a non-critical keyUsage', () =>
    assertLint(
      LINT,
      root({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.cRLSign], false) } }),
      'error',
    ));
  it('is NA for a root without keyUsage', () =>
    assertLint(LINT, root({ ext: { [OID.keyUsage]: null } }), 'NA'));
  it('is NA for a subordinate CA', () =>
    assertLint(
      LINT,
      subCA({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.cRLSign], false) } }),
      'NA',
    ));
});
