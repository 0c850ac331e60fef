import { describe, it } from 'node:test';

import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_crl_distribution_marked_critical';
const withExt = (critical: boolean) =>
  leaf({
    ext: {
      [OID.crlDistributionPoints]: ext.crlDistributionPoints(['http://crl.example.net/r1.crl'], critical),
    },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'warn'));
  it('is NA without the extension', () =>
    assertLint(LINT, leaf({ ext: { [OID.crlDistributionPoints]: null } }), 'NA'));
});
