/*
 * EV Guidelines 9.2.9 (EVG 2.0: 7.1.4.2.9), Other Subject Attributes (Ballot
 * SC16): "CAs SHALL NOT include any Subject Distinguished Name attributes
 * except as specified in Section 9.2" (organizationName, commonName,
 * businessCategory, jurisdiction*, serialNumber, the address fields,
 * organizationalUnitName until its sunset, organizationIdentifier).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { OID, oidName } from '../../x509/oids.js';

/** organizationalUnitName stays allowed here: its later prohibition has its own lint. */
const ALLOWED: ReadonlySet<string> = new Set([
  OID.jurisdictionLocality,
  OID.jurisdictionStateOrProvince,
  OID.jurisdictionCountry,
  OID.commonName,
  OID.serialNumber,
  OID.countryName,
  OID.localityName,
  OID.stateOrProvinceName,
  OID.streetAddress,
  OID.organizationName,
  OID.organizationalUnitName,
  OID.businessCategory,
  OID.postalCode,
  OID.organizationIdentifier,
]);

export const lint: CertificateLint = {
  name: 'e_ev_extra_subject_attribs',
  description: 'EV subscriber certificates must not carry subject attributes other than those of EVG 9.2',
  citation: 'EVGs: 9.2.9',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc16,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && isSubscriber(cert),
  run: (cert) => {
    if (cert.subject.attributes.every((a) => ALLOWED.has(a.type))) return pass;
    const extra = cert.subject.attributes.filter((a) => !ALLOWED.has(a.type)).map((a) => oidName(a.type));
    return fail(`subject attributes not allowed in EV certificates: ${extra.join(', ')}`);
  },
};
