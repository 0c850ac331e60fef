import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { EV_SUBJECT, ev } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_extra_subject_attribs';

describe(LINT, () => {
  it('passes with the EVG attributes only', () => assertLint(LINT, ev(), 'pass'));
  it('flags an emailAddress in the subject', () =>
    assertLint(LINT, ev([...EV_SUBJECT, ['email', 'a@example.com']]), 'error'));
  it('is not effective before Ballot SC16', () =>
    assertLint(
      LINT,
      ev([...EV_SUBJECT, ['email', 'a@example.com']], {
        notBefore: new Date('2019-01-01T00:00:00Z'),
        notAfter: new Date('2019-06-01T00:00:00Z'),
      }),
      'NE',
    ));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
