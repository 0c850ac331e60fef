/*
 * BRs 7.1.4.2.2 g (the DV profile of 7.1.2.7.2 in 2.0.0 forbids it outright):
 * subject:localityName is "Prohibited if the subject:organizationName,
 * subject:givenName, and subject:surname fields are absent."
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { prohibitedWithoutOrgOrPerson } from '../util/org_or_person_fields.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_locality_name_must_not_appear',
  description: 'localityName must not appear unless organizationName, givenName or surname is present',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfGivenName,
  target: 'certificate',
  ...prohibitedWithoutOrgOrPerson('localityName'),
};
