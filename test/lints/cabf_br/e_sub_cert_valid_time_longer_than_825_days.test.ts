import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, validity } from '../keys_validity_fixtures.js';

const LINT = 'e_sub_cert_valid_time_longer_than_825_days';

describe(LINT, () => {
  it('passes exactly 825 days counted inclusively', () =>
    assertLint(LINT, leaf(validity('2019-05-01T00:00:00Z', 825)), 'pass'));
  it('flags 825 days and one second', () =>
    assertLint(LINT, leaf(validity('2019-05-01T00:00:00Z', 825, 1)), 'error'));
  it('is not applicable to CAs', () => assertLint(LINT, ca(validity('2019-05-01T00:00:00Z', 900)), 'NA'));
  it('is effective only from March 2018 to August 2020', () => {
    assertLint(LINT, leaf(validity('2018-03-01T00:00:00Z', 900)), 'NE');
    assertLint(LINT, leaf(validity('2020-09-01T00:00:00Z', 900)), 'NE');
    assertLint(LINT, leaf(validity('2020-08-31T23:59:59Z', 900)), 'error');
  });
});
