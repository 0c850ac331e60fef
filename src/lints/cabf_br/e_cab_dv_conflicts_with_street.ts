/*
 * BRs 7.1.6.4 (9.3.1 in 1.0; 7.1.6.1 from 1.3.0): a certificate asserting the
 * Domain Validated policy 2.23.140.1.2.1 "MUST NOT include organizationName,
 * givenName, surname, streetAddress, localityName, stateOrProvinceName, or
 * postalCode in the Subject field". BR 2.0.0 (7.1.2.7.2) replaced the list by
 * a closed set of allowed attributes, checked by another lint; this one covers
 * certificates issued before it.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { dvConflictsWith } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cab_dv_conflicts_with_street',
  description:
    'Domain Validated certificates (policy 2.23.140.1.2.1) must not include streetAddress in the subject',
  citation: 'BRs: 7.1.6.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  ...dvConflictsWith('streetAddress'),
};
