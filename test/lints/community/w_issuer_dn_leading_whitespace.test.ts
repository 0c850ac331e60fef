import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_issuer_dn_leading_whitespace';
const withOrg = (o: string) => leaf({ issuer: name(['C', 'US'], ['O', o], ['CN', 'Vigil Test CA']) });

describe(LINT, () => {
  it('passes the default certificate', () => assertLint(LINT, leaf(), 'pass'));
  it('passes inner spaces', () => assertLint(LINT, withOrg('Example  Ltd'), 'pass'));
  it('warns on a leading space', () => assertLint(LINT, withOrg(' Example Ltd'), 'warn'));
  it('warns on a leading no-break space', () => assertLint(LINT, withOrg('\u00a0Example Ltd'), 'warn'));
  it('warns on a leading U+0085, as Go counts it', () =>
    assertLint(LINT, withOrg('\u0085Example Ltd'), 'warn'));
  it('ignores attributes that are not naming attributes (domainComponent)', () =>
    assertLint(
      LINT,
      leaf({ issuer: name(['DC', ' Example Ltd'], ['C', 'US'], ['CN', 'Vigil Test CA']) }),
      'pass',
    ));
});
