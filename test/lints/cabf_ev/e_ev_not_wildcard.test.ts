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

const LINT = 'e_ev_not_wildcard';

const sans = (...n: string[]) => ({ ext: { [OID.subjectAltName]: ext.subjectAltName(n) } });

describe(LINT, () => {
  it('passes without wildcards', () => assertLint(LINT, ev(), 'pass'));
  it('flags a wildcard dNSName', () =>
    assertLint(LINT, ev(EV_SUBJECT, sans('www.example.com', '*.example.com')), 'error'));
  it('allows a wildcard .onion name', () =>
    assertLint(LINT, ev(EV_SUBJECT, sans('www.example.com', '*.exampleonionaddress.onion')), 'pass'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
