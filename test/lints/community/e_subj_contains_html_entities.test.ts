import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subj_contains_html_entities';
const subject = (o: string, l = 'Springfield') =>
  leaf({ subject: name(['C', 'US'], ['L', l], ['O', o], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes a bare ampersand', () => assertLint(LINT, subject('AT&T Inc'), 'pass'));
  it('passes an ampersand followed by a word and no semicolon', () =>
    assertLint(LINT, subject('Smith & Sons; Ltd'), 'pass'));
  it('flags a named entity', () => assertLint(LINT, subject('AT&amp;T Inc'), 'error'));
  it('flags a numeric entity in the locality', () =>
    assertLint(LINT, subject('Example', 'O&#39;Fallon'), 'error'));
  it('flags an entity in a second organizationName (zlint reads only the first)', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['O', 'Example'], ['O', 'Foo &quot;Bar&quot;'], ['CN', 'www.example.com']) }),
      'error',
    ));
  it('ignores attributes outside its list (domainComponent)', () =>
    assertLint(LINT, leaf({ subject: name(['DC', 'a&amp;b'], ['CN', 'www.example.com']) }), 'pass'));
});
