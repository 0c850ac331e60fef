import { describe, it } from 'node:test';
import { leaf, name, nameOfRdns } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_multiple_subject_rdn';

describe(LINT, () => {
  it('passes one attribute per RDN', () =>
    assertLint(
      LINT,
      leaf({ subject: name(['C', 'US'], ['O', 'Example'], ['CN', 'www.example.com']) }),
      'pass',
    ));
  it('notes an RDN with two attributes', () =>
    assertLint(
      LINT,
      leaf({
        subject: nameOfRdns(
          [['C', 'US']],
          [
            ['O', 'Example'],
            ['CN', 'www.example.com'],
          ],
        ),
      }),
      'notice',
    ));
});
