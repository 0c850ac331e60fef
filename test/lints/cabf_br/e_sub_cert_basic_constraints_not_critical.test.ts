import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_basic_constraints_not_critical';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes with critical basicConstraints', () => assertLint(LINT, leaf(), 'pass'));
  it('flags non-critical basicConstraints', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.basicConstraints]: ext.basicConstraints(false, undefined, false) } }),
      'error',
    ));
  it('is NA without basicConstraints', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(
      LINT,
      leaf({ ...OLD, ext: { [OID.basicConstraints]: ext.basicConstraints(false, undefined, false) } }),
      'NE',
    ));
});
