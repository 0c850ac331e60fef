// Leading and trailing whitespace in the issuer and subject DNs: four lints, one rule.
import { describe, it } from 'node:test';
import { type Attr, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

/** Per DN: a certificate whose DN holds these attributes, then its commonName; the issuer also keeps its countryName. */
const DN = {
  issuer: {
    withAttrs: (...attrs: Attr[]) => leaf({ issuer: name(...attrs, ['CN', 'Vigil Test CA']) }),
    country: [['C', 'US']] as Attr[],
  },
  subject: {
    withAttrs: (...attrs: Attr[]) => leaf({ subject: name(...attrs, ['CN', 'www.example.com']) }),
    country: [] as Attr[],
  },
};

for (const dn of ['issuer', 'subject'] as const) {
  for (const position of ['leading', 'trailing'] as const) {
    const lint = `w_${dn}_dn_${position}_whitespace`;
    const { withAttrs, country } = DN[dn];
    const pad = (space: string) => (position === 'leading' ? `${space}Example Ltd` : `Example Ltd${space}`);
    const withOrg = (o: string) => withAttrs(...country, ['O', o]);
    describe(lint, () => {
      it('passes the default certificate', () => assertLint(lint, leaf(), 'pass'));
      it('passes inner spaces', () => assertLint(lint, withOrg('Example  Ltd'), 'pass'));
      it(`warns on a ${position} space`, () => assertLint(lint, withOrg(pad(' ')), 'warn'));
      it(`warns on a ${position} no-break space`, () => assertLint(lint, withOrg(pad('\u00a0')), 'warn'));
      it(`warns on a ${position} U+0085, as Go counts it`, () =>
        assertLint(lint, withOrg(pad('\u0085')), 'warn'));
      it('ignores attributes that are not naming attributes (domainComponent)', () =>
        assertLint(lint, withAttrs(['DC', pad(' ')], ...country), 'pass'));
    });
  }
}
