/*
 * BRs 7.1.2.7.4 (Organization Validated, policy 2.23.140.1.2.2; 7.1.6.4 and
 * 9.3.1 before 2.0.0): organizationName is a "MUST" attribute, the Subject's
 * name and/or DBA.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { levelRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_cab_ov_requires_org',
  description: 'Organization Validated certificates (policy 2.23.140.1.2.2) must include organizationName',
  citation: 'BRs: 7.1.2.7.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...levelRequires('OV', 'organizationName'),
};
