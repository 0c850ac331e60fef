import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, type CertOptions, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const EV_POLICIES = ext.certificatePolicies([{ oid: OID.evGuidelines, cps: 'http://cps.example.net/' }]);
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

const LINT = 'e_inconsistent_joic_and_orgid';

describe(LINT, () => {
  it('passes an NTR identifier of the jurisdiction country', () =>
    assertLint(LINT, ev('NTRIT-1234', null), 'pass'));
  it('passes a VAT identifier of another country', () => assertLint(LINT, ev('VATFR-1234', null), 'pass'));
  it('flags an NTR identifier of another country', () => assertLint(LINT, ev('NTRFR-1234', null), 'error'));
  it('flags a value too short to hold a scheme and country', () =>
    assertLint(LINT, ev('NTR', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, ev(null, null), 'NA'));
});
