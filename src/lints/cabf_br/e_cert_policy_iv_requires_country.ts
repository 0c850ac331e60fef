/*
 * BRs 7.1.2.7.3 (Individual Validated, policy 2.23.140.1.2.3; 7.1.6.4 before
 * 2.0.0): countryName is a "MUST" attribute of the subject.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { levelRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_iv_requires_country',
  description: 'Individual Validated certificates (policy 2.23.140.1.2.3) must include countryName',
  citation: 'BRs: 7.1.2.7.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr131,
  target: 'certificate',
  ...levelRequires('IV', 'countryName'),
};
