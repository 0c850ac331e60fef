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

const LINT = 'e_ev_orgid_inconsistent_subj_and_ext';

describe(LINT, () => {
  it('passes when both agree', () =>
    assertLint(LINT, ev('NTRIT+RM-1234', cabfOrgId('NTR', 'IT', '1234', 'RM')), 'pass'));
  it('passes a PSD reference without the NCA identifier', () =>
    assertLint(LINT, ev('PSDIT-BI-1234', cabfOrgId('PSD', 'IT', '1234')), 'pass'));
  it('flags a different reference', () =>
    assertLint(LINT, ev('VATIT-1234', cabfOrgId('VAT', 'IT', '9999')), 'error'));
  it('flags a missing state in the extension', () =>
    assertLint(LINT, ev('NTRIT+RM-1234', cabfOrgId('NTR', 'IT', '1234')), 'error'));
  it('flags a subject value of the wrong form', () =>
    assertLint(LINT, ev('VATITT-1234', cabfOrgId('VAT', 'IT', '1234')), 'error'));
  it('does not apply without the extension', () => assertLint(LINT, ev('VATIT-1234', null), 'NA'));
});
