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

const LINT = 'e_ev_invalid_orgid_reg_scheme';

describe(LINT, () => {
  it('passes NTR', () => assertLint(LINT, ev('NTRIT-1234', null), 'pass'));
  it('flags LEI', () => assertLint(LINT, ev('LEIXG-5493001KJTIIGC8Y1R12', null), 'error'));
  it('does not apply without organizationIdentifier', () => assertLint(LINT, ev(null, null), 'NA'));
});
