import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_key_usage_cert_sign_bit_set';

describe(LINT, () => {
  it('passes without keyCertSign', () => assertLint(LINT, leaf(), 'pass'));
  it('flags keyCertSign', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature, KU.keyCertSign]) } }),
      'error',
    ));
  it('is NA without keyUsage', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
