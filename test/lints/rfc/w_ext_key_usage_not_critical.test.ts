import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_key_usage_not_critical';
const withExt = (critical: boolean) =>
  leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature], critical) } });

describe(LINT, () => {
  it('passes when the extension is critical', () => assertLint(LINT, withExt(true), 'pass'));
  it('flags the extension when non-critical', () => assertLint(LINT, withExt(false), 'warn'));
  it('is NA without the extension', () => assertLint(LINT, leaf({ ext: { [OID.keyUsage]: null } }), 'NA'));
});
