import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_subject_dn_trailing_whitespace';
const withOrg = (o: string) => leaf({ subject: name(['O', o], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes the default certificate', () => assertLint(LINT, leaf(), 'pass'));
  it('passes inner spaces', () => assertLint(LINT, withOrg('Example  Ltd'), 'pass'));
  it('warns on a trailing space', () => assertLint(LINT, withOrg('Example Ltd '), 'warn'));
  it('warns on a trailing no-break space', () => assertLint(LINT, withOrg('Example Ltd\u00a0'), 'warn'));
  it('warns on a trailing U+0085, as Go counts it', () =>
    assertLint(LINT, withOrg('Example Ltd\u0085'), 'warn'));
  it('ignores attributes that are not naming attributes (domainComponent)', () =>
    assertLint(LINT, leaf({ subject: name(['DC', 'Example Ltd '], ['CN', 'www.example.com']) }), 'pass'));
});
