// Four dNSName syntax rules, each a lint on the subjectAltName (e_san_*) and one on the issuerAltName (e_ian_*).
import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withIan, withSan } from '../../support/rfc_fixtures.js';

const RULES: { rule: string; valid: string; invalid: string }[] = [
  { rule: 'bare_wildcard', valid: '*.example.com', invalid: 'example.*' },
  { rule: 'dns_name_includes_null_char', valid: 'example.com', invalid: 'evil.com\0.example.com' },
  { rule: 'dns_name_starts_with_period', valid: 'example.com', invalid: '.example.com' },
  { rule: 'wildcard_not_first', valid: '*.example.com', invalid: 'www.*.example.com' },
];

interface AltNameExtension {
  /** The extension with an article, for the test titles. */
  title: string;
  withValid: (name: string) => Uint8Array;
  /** The bad name goes in the SAN beside a good one, to show one bad name is enough. */
  withInvalid: (name: string) => Uint8Array;
  without: () => Uint8Array;
}

const EXTENSIONS: Record<'san' | 'ian', AltNameExtension> = {
  san: {
    title: 'a subjectAltName',
    withValid: (name) => withSan(name),
    withInvalid: (name) => withSan('example.com', name),
    without: () => leaf({ ext: { [OID.subjectAltName]: null } }),
  },
  ian: {
    title: 'an issuerAltName',
    withValid: (name) => withIan(name),
    withInvalid: (name) => withIan(name),
    without: () => leaf(),
  },
};

for (const { rule, valid, invalid } of RULES) {
  for (const [prefix, { title, withValid, withInvalid, without }] of Object.entries(EXTENSIONS)) {
    const lint = `e_${prefix}_${rule}`;
    describe(lint, () => {
      it('passes', () => assertLint(lint, withValid(valid), 'pass'));
      it('flags', () => assertLint(lint, withInvalid(invalid), 'error'));
      it(`is NA without ${title}`, () => assertLint(lint, without(), 'NA'));
    });
  }
}
