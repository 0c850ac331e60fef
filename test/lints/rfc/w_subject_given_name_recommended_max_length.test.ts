import { describe, it } from 'node:test';
import { leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_subject_given_name_recommended_max_length';
const subject = (gn: string) => name(['GN', gn], ['SN', 'Example'], ['CN', 'www.example.com']);

describe(LINT, () => {
  it('passes without a givenName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a 64-character givenName', () =>
    assertLint(LINT, leaf({ subject: subject('g'.repeat(64)) }), 'pass'));
  it('warns on a 65-character givenName', () =>
    assertLint(LINT, leaf({ subject: subject('g'.repeat(65)) }), 'warn'));
});
