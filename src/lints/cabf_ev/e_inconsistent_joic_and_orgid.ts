/*
 * EV Guidelines Appendix H / 9.2.8 (Ballot SC17): for the NTR Registration
 * Scheme the country code of subject:organizationIdentifier is that of the
 * registry, i.e. the Jurisdiction of Incorporation or Registration, so it must
 * equal subject:jurisdictionCountryName.
 */

import { isAscii } from '../../der/strings.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, fail, pass } from '../../lint/types.js';
import { attributeValues, hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_inconsistent_joic_and_orgid',
  description:
    'An NTR subject:organizationIdentifier must carry the country of subject:jurisdictionCountryName',
  citation: 'EVGs: 9.2.8, Appendix H',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc17,
  target: 'certificate',
  appliesTo: (cert) =>
    hasAttribute(cert.subject, OID.jurisdictionCountry) &&
    hasAttribute(cert.subject, OID.organizationIdentifier),
  run: (cert) => {
    const orgId = attributeValues(cert.subject, OID.organizationIdentifier)[0] ?? '';
    if (orgId.length < 5 || !isAscii(orgId.slice(0, 5)))
      return fail(`subject:organizationIdentifier '${orgId}' has an invalid value`);
    if (orgId.slice(0, 3) !== 'NTR') return pass;
    const joi = attributeValues(cert.subject, OID.jurisdictionCountry)[0] ?? '';
    return check(
      orgId.slice(3, 5) === joi,
      `subject:organizationIdentifier country '${orgId.slice(3, 5)}' differs from jurisdictionCountryName '${joi}'`,
    );
  },
};
