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
const without = (type: string) => EV_SUBJECT.filter(([t]) => t !== type);

const LINT = 'e_ev_country_name_missing';

describe(LINT, () => {
  it('passes with countryName', () => assertLint(LINT, ev(), 'pass'));
  it('flags an EV certificate without countryName', () => assertLint(LINT, ev(without('C')), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
