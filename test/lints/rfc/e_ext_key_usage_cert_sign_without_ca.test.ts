import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_key_usage_cert_sign_without_ca';

describe(LINT, () => {
  it('passes keyCertSign in a CA', () => assertLint(LINT, subCA(), 'pass'));
  it('passes a leaf without keyCertSign', () => assertLint(LINT, leaf(), 'pass'));
  it('flags keyCertSign without cA', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature, KU.keyCertSign]) } }),
      'error',
    ));
  it('flags keyCertSign without basicConstraints', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign]), [OID.basicConstraints]: null } }),
      'error',
    ));
  it('is NA without keyUsage', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
