/*
 * EV Guidelines 9.8.2 (EVG 2.0: 7.1.2.3): the registrationCountry of the
 * cabfOrganizationIdentifier extension is the country of the Registration
 * Scheme, which for the EV subject is the Jurisdiction of Incorporation or
 * Registration: it must match subject:jurisdictionCountryName.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { cabfOrgIdExtension } from '../util/ev_crl.js';

export const lint: CertificateLint = {
  name: 'e_cabf_org_identifier_joic_mismatch',
  description:
    'The cabfOrganizationIdentifier registrationCountry must match every subject:jurisdictionCountryName (ignoring case)',
  citation: 'EVGs: 9.8.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc17,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.byOid.has(OID.cabfOrganizationIdentifier),
  run: (cert) => {
    const country = (cabfOrgIdExtension(cert)?.country ?? '').toLowerCase();
    const bad = attributeValues(cert.subject, OID.jurisdictionCountry).filter(
      (j) => j.toLowerCase() !== country,
    );
    return check(
      bad.length === 0,
      `cabfOrganizationIdentifier country does not match jurisdictionCountryName ${bad.join(', ')}`,
    );
  },
};
