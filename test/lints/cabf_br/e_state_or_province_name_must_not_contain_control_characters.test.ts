import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_state_or_province_name_must_not_contain_control_characters';
const subject = (st: string, l = 'Springfield') =>
  leaf({ subject: name(['C', 'US'], ['ST', st], ['L', l], ['CN', 'www.example.com']) });

describe(LINT, () => {
  it('passes plain names', () =>
    assertLint(LINT, subject("Provence-Alpes-Côte d'Azur", 'St. John (West)'), 'pass'));
  it('flags JSON in stateOrProvinceName', () => assertLint(LINT, subject('{"state":"Illinois"}'), 'error'));
  it('flags key=value in stateOrProvinceName', () => assertLint(LINT, subject('ST=Illinois'), 'error'));
  it('flags a pipe in localityName', () =>
    assertLint(LINT, subject('Illinois', 'Springfield|Chicago'), 'error'));
  it('flags a backslash in localityName', () =>
    assertLint(LINT, subject('Illinois', 'Spring\\field'), 'error'));
});
