/*
 * BRs 7.1.4.2.2 g (the IV and OV profiles of 7.1.2.7 in 2.0.0):
 * subject:localityName is "Required if the subject:organizationName,
 * subject:givenName, or subject:surname fields are present and the
 * subject:stateOrProvinceName field is absent."
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { requiredWithOrgOrPerson } from '../util/org_or_person_fields.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_locality_name_must_appear',
  description:
    'localityName must appear when organizationName, givenName or surname is present and stateOrProvinceName is absent',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfGivenName,
  target: 'certificate',
  ...requiredWithOrgOrPerson('localityName', 'stateOrProvinceName'),
};
