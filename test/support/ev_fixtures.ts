/** EV subscriber certificates for the EV Guidelines lint tests. */
import { implicit, printableString, sequence, utf8String } from '../../src/der/encode.js';
import { OID } from '../../src/x509/oids.js';
import { type Attr, type CertOptions, ext, leaf, name } from './certs.js';

/** A private organization's subject with every attribute EVG 9.2 asks for. */
export const EV_SUBJECT: readonly Attr[] = [
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

/** A good EV subscriber certificate; `subject` replaces the subject attributes, `o.ext` adds extensions. */
export function ev(subject: readonly Attr[] = EV_SUBJECT, o: CertOptions = {}): Uint8Array {
  return leaf({ ...o, subject: name(...subject), ext: { [OID.certificatePolicies]: EV_POLICIES, ...o.ext } });
}

/** EV_SUBJECT without the attributes of this type. */
export const without = (type: string): Attr[] => EV_SUBJECT.filter(([t]) => t !== type);

/** The cabfOrganizationIdentifier extension of EVG 9.8.2. */
export function cabfOrgId(scheme: string, country: string, reference: string, state?: string): Uint8Array {
  const fields = [printableString(scheme), printableString(country)];
  if (state !== undefined) fields.push(implicit(0, new Uint8Array(Buffer.from(state, 'latin1'))));
  return ext.raw(OID.cabfOrganizationIdentifier, false, sequence(...fields, utf8String(reference)));
}

/**
 * An EV subscriber certificate of an Italian organization with this subject organizationIdentifier
 * and cabfOrganizationIdentifier extension (each left out when null); `o` sets the rest, e.g. validity.
 */
export function evWithOrgId(
  orgId: string | null,
  extension: Uint8Array | null,
  o: CertOptions = {},
): Uint8Array {
  const subject: Attr[] = [
    ['C', 'IT'],
    ['O', 'Example SpA'],
    ['jurC', 'IT'],
    ['CN', 'www.example.com'],
  ];
  if (orgId !== null) subject.push(['orgId', orgId]);
  return leaf({
    ...o,
    subject: name(...subject),
    ext: {
      [OID.certificatePolicies]: EV_POLICIES,
      ...(extension ? { [OID.cabfOrganizationIdentifier]: extension } : {}),
    },
  });
}
