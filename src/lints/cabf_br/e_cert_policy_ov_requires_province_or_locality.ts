/*
 * BRs 7.1.2.7.4 (Organization Validated, policy 2.23.140.1.2.2; 7.1.6.4 with
 * 7.1.4.2.2 before 2.0.0): stateOrProvinceName is required when localityName
 * is absent and localityName when stateOrProvinceName is absent, so at least
 * one of them must be present.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { levelRequiresLocalityOrProvince } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_ov_requires_province_or_locality',
  description:
    'Organization Validated certificates (policy 2.23.140.1.2.2) must include localityName or stateOrProvinceName',
  citation: 'BRs: 7.1.2.7.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...levelRequiresLocalityOrProvince('OV'),
};
