import { describe, it } from 'node:test';
import { stringOfTag } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_dn_not_printable_characters';
const withOrg = (o: string, tag: number = Tag.UTF8_STRING) =>
  leaf({ subject: name(['O', o, stringOfTag(tag, o)], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes ordinary text, non-ASCII included', () =>
    assertLint(LINT, withOrg('Société Générale – Paris'), 'pass'));
  it('flags a C0 control character', () => assertLint(LINT, withOrg('Example\u0007Ltd'), 'error'));
  it('flags a newline', () => assertLint(LINT, withOrg('Example\nLtd'), 'error'));
  it('flags a C1 control character', () => assertLint(LINT, withOrg('Example\u0085Ltd'), 'error'));
  it('flags DEL', () => assertLint(LINT, withOrg('Example\u007fLtd'), 'error'));
  it('reads a BMPString as UTF-16, not its zero octets as U+0000 (unlike zlint)', () =>
    assertLint(LINT, withOrg('Example Ltd', Tag.BMP_STRING), 'pass'));
  it('flags a control character in a BMPString', () =>
    assertLint(LINT, withOrg('Example\u0001Ltd', Tag.BMP_STRING), 'error'));
});
