import { describe, it } from 'node:test';
import { printableString } from '../../../src/der/encode.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_printable_string_badalpha';
const withOrg = (o: string) =>
  leaf({ subject: name(['O', o, printableString(o)], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes the whole PrintableString alphabet', () =>
    assertLint(LINT, withOrg("Example Co (UK) Ltd. 'a'+b,c-d/e:f=g?"), 'pass'));
  it('flags an @ in a PrintableString', () => assertLint(LINT, withOrg('info@example'), 'error'));
  it('flags an & in a PrintableString', () => assertLint(LINT, withOrg('AT&T'), 'error'));
  it('flags an empty PrintableString', () => assertLint(LINT, withOrg(''), 'error'));
  it('ignores the same characters in a UTF8String', () =>
    assertLint(LINT, leaf({ subject: name(['O', 'AT&T'], ['CN', 'www.example.com']) }), 'pass'));
});
