import { describe, it } from 'node:test';
import { integer } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_inhibit_any_policy_not_critical';
const withExt = (critical: boolean) =>
  subCA({ ext: { [OID.inhibitAnyPolicy]: ext.raw(OID.inhibitAnyPolicy, critical, integer(0)) } });

describe(LINT, () => {
  it('passes when the extension is critical', () => assertLint(LINT, withExt(true), 'pass'));
  it('flags the extension when non-critical', () => assertLint(LINT, withExt(false), 'error'));
  it('is NA without the extension', () =>
    assertLint(LINT, subCA({ ext: { [OID.inhibitAnyPolicy]: null } }), 'NA'));
});
