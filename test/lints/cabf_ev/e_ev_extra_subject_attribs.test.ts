import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, type CertOptions, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const EV_SUBJECT: Attr[] = [
  ['C', 'US'],
  ['ST', 'California'],
  ['L', 'San Francisco'],
  ['O', 'Example Inc'],
  ['businessCategory', 'Private Organization'],
  ['serialNumber', 'C1234567'],
  ['jurC', 'US'],
  ['CN', 'www.example.com'],
];
const EV_POLICIES = ext.certificatePolicies([{ oid: OID.evGuidelines, cps: 'http://cps.example.net/' }]);
/** A good EV subscriber certificate; `subject` replaces the subject attributes, `more` adds extensions. */
function ev(subject: Attr[] = EV_SUBJECT, o: CertOptions = {}): Uint8Array {
  return leaf({ ...o, subject: name(...subject), ext: { [OID.certificatePolicies]: EV_POLICIES, ...o.ext } });
}

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
