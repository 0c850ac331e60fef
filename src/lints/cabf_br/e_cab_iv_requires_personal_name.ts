/*
 * BRs 7.1.6.4 (7.1.6.1 from 1.3.1), Individual Validated policy 2.23.140.1.2.3:
 * such certificates "MUST also include either organizationName or both
 * givenName and surname, localityName (...), stateOrProvinceName (...), and
 * countryName in the Subject field." BR 2.0.0 (7.1.2.7.3) requires both
 * givenName and surname: see e_cab_iv_requires_personal_name_strict.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isIV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cab_iv_requires_personal_name',
  description:
    'Individual Validated certificates (policy 2.23.140.1.2.3) must include organizationName or both givenName and surname',
  citation: 'BRs: 7.1.6.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr131,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isIV(cert) && !isCA(cert),
  run: (cert) => {
    const s = cert.subject;
    return check(
      hasAttribute(s, OID.organizationName) ||
        (hasAttribute(s, OID.givenName) && hasAttribute(s, OID.surname)),
      'IV certificate subject has neither organizationName nor both givenName and surname',
    );
  },
};
