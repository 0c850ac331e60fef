/*
 * BRs 7.1.4.2.2 h (the IV and OV profiles of 7.1.2.7 in 2.0.0):
 * subject:stateOrProvinceName is "Required if the subject:organizationName,
 * subject:givenName, or subject:surname fields are present and
 * subject:localityName field is absent."
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { requiredWithOrgOrPerson } from '../util/org_or_person_fields.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_province_must_appear',
  description:
    'stateOrProvinceName must appear when organizationName, givenName or surname is present and localityName is absent',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfGivenName,
  target: 'certificate',
  ...requiredWithOrgOrPerson('stateOrProvinceName', 'localityName'),
};
