import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_not_is_ca';

describe(LINT, () => {
  it('passes with cA false', () => assertLint(LINT, leaf(), 'pass'));
  it('flags cA true beside a keyUsage without keyCertSign', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: ext.basicConstraints(true) } }), 'error'));
  it('is NA when keyUsage asserts keyCertSign', () => assertLint(LINT, subCA(), 'NA'));
  it('is NA without basicConstraints', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: null } }), 'NA'));
  it('is NA without keyUsage', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.keyUsage]: null, [OID.basicConstraints]: ext.basicConstraints(true) } }),
      'NA',
    ));
});
