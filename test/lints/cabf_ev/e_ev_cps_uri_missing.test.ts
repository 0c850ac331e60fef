import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type CertOptions, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_cps_uri_missing';

/** An EV subscriber certificate issued in 2024, between BR 2.0.0 and EVG 2.0.1 (seed 002). */
function ev(policy: Parameters<typeof ext.certificatePolicies>[0][number], o: CertOptions = {}): Uint8Array {
  return leaf({
    notBefore: new Date('2024-04-01T00:00:00Z'),
    notAfter: new Date('2024-06-30T00:00:00Z'),
    ...o,
    subject: name(
      ['C', 'US'],
      ['O', 'Example Inc'],
      ['businessCategory', 'Private Organization'],
      ['CN', 'www.example.com'],
    ),
    ext: { [OID.certificatePolicies]: ext.certificatePolicies([policy]) },
  });
}

describe(LINT, () => {
  it('passes with an HTTP CPS URI', () =>
    assertLint(LINT, ev({ oid: OID.evGuidelines, cps: 'http://cps.example.net/' }), 'pass'));
  it('flags an EV certificate without a CPS URI (seed 002, Entrust)', () =>
    assertLint(LINT, ev({ oid: OID.evGuidelines }), 'error'));
  it('flags a CPS URI that is not HTTP', () =>
    assertLint(LINT, ev({ oid: OID.evGuidelines, cps: 'ldap://cps.example.net/' }), 'error'));
  it('is no longer effective from EVG 2.0.1 (Ballot SC72)', () =>
    assertLint(
      LINT,
      ev(
        { oid: OID.evGuidelines },
        { notBefore: new Date('2024-05-06T00:00:00Z'), notAfter: new Date('2024-08-01T00:00:00Z') },
      ),
      'NE',
    ));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
