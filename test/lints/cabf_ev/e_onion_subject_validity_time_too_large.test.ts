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

const LINT = 'e_onion_subject_validity_time_too_large';

const onion = (months: number) =>
  ev(EV_SUBJECT, {
    notBefore: new Date('2019-01-01T00:00:00Z'),
    notAfter: new Date(Date.UTC(2019, months, 1)),
    ext: { [OID.subjectAltName]: ext.subjectAltName(['exampleonionaddress.onion']) },
  });

describe(LINT, () => {
  it('passes 15 months', () => assertLint(LINT, onion(15), 'pass'));
  it('flags 16 months', () => assertLint(LINT, onion(16), 'error'));
  it('does not apply without .onion names', () => assertLint(LINT, leaf(), 'NA'));
});
