import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_path_len_constraint_zero_or_less';

describe(LINT, () => {
  it('passes pathLen 0', () => assertLint(LINT, subCA(), 'pass'));
  it('passes no pathLen', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a negative pathLen', () =>
    assertLint(LINT, subCA({ ext: { [OID.basicConstraints]: ext.basicConstraints(true, -1) } }), 'error'));
  it('is NA without basicConstraints', () =>
    assertLint(LINT, leaf({ ext: { [OID.basicConstraints]: null } }), 'NA'));
});
