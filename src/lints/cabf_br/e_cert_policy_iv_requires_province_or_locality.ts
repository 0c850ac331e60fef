/*
 * BRs 7.1.2.7.3 (Individual Validated, policy 2.23.140.1.2.3; 7.1.6.4 with
 * 7.1.4.2.2 before 2.0.0): stateOrProvinceName is required when localityName
 * is absent and localityName when stateOrProvinceName is absent, so at least
 * one of them must be present.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { levelRequiresLocalityOrProvince } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_iv_requires_province_or_locality',
  description:
    'Individual Validated certificates (policy 2.23.140.1.2.3) must include localityName or stateOrProvinceName',
  citation: 'BRs: 7.1.2.7.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr131,
  target: 'certificate',
  ...levelRequiresLocalityOrProvince('IV'),
};
