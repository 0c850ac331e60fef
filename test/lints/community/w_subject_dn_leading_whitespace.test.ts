import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_subject_dn_leading_whitespace';
const withOrg = (o: string) => leaf({ subject: name(['O', o], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes the default certificate', () => assertLint(LINT, leaf(), 'pass'));
  it('passes inner spaces', () => assertLint(LINT, withOrg('Example  Ltd'), 'pass'));
  it('warns on a leading space', () => assertLint(LINT, withOrg(' Example Ltd'), 'warn'));
  it('warns on a leading no-break space', () => assertLint(LINT, withOrg('\u00a0Example Ltd'), 'warn'));
  it('warns on a leading U+0085, as Go counts it', () =>
    assertLint(LINT, withOrg('\u0085Example Ltd'), 'warn'));
  it('ignores attributes that are not naming attributes (domainComponent)', () =>
    assertLint(LINT, leaf({ subject: name(['DC', ' Example Ltd'], ['CN', 'www.example.com']) }), 'pass'));
});
