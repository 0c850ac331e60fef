import { describe, it } from 'node:test';
import { leaf, nameOfRdns } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_multiple_issuer_rdn';

describe(LINT, () => {
  it('passes one attribute per issuer RDN', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on an issuer RDN with two attributes', () =>
    assertLint(
      LINT,
      leaf({
        issuer: nameOfRdns(
          [['C', 'US']],
          [
            ['O', 'Vigil Test PKI'],
            ['CN', 'Vigil Test CA'],
          ],
        ),
      }),
      'warn',
    ));
});
