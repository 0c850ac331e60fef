import { describe, it } from 'node:test';
import { implicit, printableString, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, type CertOptions, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const EV_POLICIES = ext.certificatePolicies([{ oid: OID.evGuidelines, cps: 'http://cps.example.net/' }]);
/** The cabfOrganizationIdentifier extension of EVG 9.8.2. */
function cabfOrgId(scheme: string, country: string, reference: string, state?: string): Uint8Array {
  const fields = [printableString(scheme), printableString(country)];
  if (state !== undefined) fields.push(implicit(0, new Uint8Array(Buffer.from(state, 'latin1'))));
  return ext.raw(OID.cabfOrganizationIdentifier, false, sequence(...fields, utf8String(reference)));
}
/** An EV subscriber certificate with a subject organizationIdentifier and, unless null, the extension. */
function ev(
  orgId: string | null,
  extension: Uint8Array | null,
  o: CertOptions = {},
  more: Attr[] = [],
): Uint8Array {
  const subject: Attr[] = [
    ['C', 'IT'],
    ['O', 'Example SpA'],
    ['jurC', 'IT'],
    ...more,
    ['CN', 'www.example.com'],
  ];
  if (orgId !== null) subject.push(['orgId', orgId]);
  return leaf({
    ...o,
    subject: name(...subject),
    ext: {
      [OID.certificatePolicies]: EV_POLICIES,
      ...(extension ? { [OID.cabfOrganizationIdentifier]: extension } : {}),
      ...o.ext,
    },
  });
}

const LINT = 'e_ev_subject_orgid_ext_mismatch';

describe(LINT, () => {
  it('passes when every component matches', () =>
    assertLint(LINT, ev('PSDBE-NBB-1234.567.890', cabfOrgId('PSD', 'BE', 'NBB-1234.567.890')), 'pass'));
  it('flags a different country', () =>
    assertLint(LINT, ev('VATIT-1234', cabfOrgId('VAT', 'FR', '1234')), 'error'));
  it('flags a different state', () =>
    assertLint(LINT, ev('NTRUS+CA-1234', cabfOrgId('NTR', 'US', '1234', 'NY')), 'error'));
  it('does not apply to an undecomposable subject value', () =>
    assertLint(LINT, ev('VATIT', cabfOrgId('VAT', 'IT', '1234')), 'NA'));
  it('is not effective before EVG 2.0.2', () =>
    assertLint(
      LINT,
      ev('VATIT-1234', cabfOrgId('VAT', 'FR', '1234'), {
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2026-03-01T00:00:00Z'),
      }),
      'NE',
    ));
});
