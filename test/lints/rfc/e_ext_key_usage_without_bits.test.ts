import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_key_usage_without_bits';

describe(LINT, () => {
  it('passes a keyUsage with bits', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a keyUsage with no bit set', () =>
    assertLint(LINT, leaf({ ext: { [OID.keyUsage]: ext.keyUsage([]) } }), 'error'));
  it('is NA without keyUsage', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
