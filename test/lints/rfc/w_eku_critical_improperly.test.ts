import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_eku_critical_improperly';
const withEku = (ekus: string[], critical: boolean) =>
  leaf({ ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus, critical) } });

describe(LINT, () => {
  it('passes a non-critical EKU with anyExtendedKeyUsage', () =>
    assertLint(LINT, withEku([OID.serverAuth, OID.anyExtendedKeyUsage], false), 'pass'));
  it('passes a critical EKU without anyExtendedKeyUsage', () =>
    assertLint(LINT, withEku([OID.serverAuth], true), 'pass'));
  it('warns on a critical EKU with anyExtendedKeyUsage', () =>
    assertLint(LINT, withEku([OID.serverAuth, OID.anyExtendedKeyUsage], true), 'warn'));
  it('is NA without an EKU', () => assertLint(LINT, leaf({ ext: { [OID.extKeyUsage]: null } }), 'NA'));
});
