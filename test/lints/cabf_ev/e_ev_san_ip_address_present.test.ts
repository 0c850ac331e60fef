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

const LINT = 'e_ev_san_ip_address_present';

describe(LINT, () => {
  it('passes with dNSNames only', () => assertLint(LINT, ev(), 'pass'));
  it('flags an iPAddress in the SAN', () =>
    assertLint(
      LINT,
      ev(EV_SUBJECT, {
        ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com', { ip: '192.0.2.1' }]) },
      }),
      'error',
    ));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
