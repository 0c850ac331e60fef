/*
 * BRs 7.1.2.7.4 (Organization Validated, policy 2.23.140.1.2.2; 7.1.6.4 and
 * 9.3.1 before 2.0.0): countryName is a "MUST" attribute of the subject.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { levelRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_ov_requires_country',
  description: 'Organization Validated certificates (policy 2.23.140.1.2.2) must include countryName',
  citation: 'BRs: 7.1.2.7.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...levelRequires('OV', 'countryName'),
};
