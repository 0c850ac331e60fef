import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_international_dns_name_not_nfc';

describe(LINT, () => {
  it('passes an NFC label', () => assertLint(LINT, withSan('xn--caf-dma.example.com'), 'pass'));
  it('flags a label decoding to a decomposed form', () =>
    assertLint(LINT, withSan('xn--cafe-yvc.example.com'), 'error'));
  it('is NA when a label does not decode', () => assertLint(LINT, withSan('xn--a!b.example.com'), 'NA'));
});
