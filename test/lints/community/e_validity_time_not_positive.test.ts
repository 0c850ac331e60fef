import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_validity_time_not_positive';

describe(LINT, () => {
  it('passes a forward validity period', () => assertLint(LINT, leaf(), 'pass'));
  it('passes notBefore equal to notAfter', () => {
    const t = new Date('2026-06-01T00:00:00Z');
    assertLint(LINT, leaf({ notBefore: t, notAfter: t }), 'pass');
  });
  it('flags notBefore after notAfter', () =>
    assertLint(
      LINT,
      leaf({ notBefore: new Date('2026-06-01T00:00:00Z'), notAfter: new Date('2026-05-31T23:59:59Z') }),
      'error',
    ));
});
