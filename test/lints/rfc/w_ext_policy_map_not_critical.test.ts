import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_policy_map_not_critical';
const withExt = (critical: boolean) =>
  subCA({
    ext: {
      [OID.policyMappings]: ext.raw(
        OID.policyMappings,
        critical,
        sequence(sequence(oid('1.2.3.4'), oid('1.2.3.5'))),
      ),
    },
  });

describe(LINT, () => {
  it('passes when the extension is critical', () => assertLint(LINT, withExt(true), 'pass'));
  it('flags the extension when non-critical', () => assertLint(LINT, withExt(false), 'warn'));
  it('is NA without the extension', () =>
    assertLint(LINT, subCA({ ext: { [OID.policyMappings]: null } }), 'NA'));
});
