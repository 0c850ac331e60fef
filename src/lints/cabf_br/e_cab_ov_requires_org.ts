/*
 * BRs 7.1.2.7.4 (Organization Validated, policy 2.23.140.1.2.2; 7.1.6.4 and
 * 9.3.1 before 2.0.0): organizationName is a "MUST" attribute, the Subject's
 * name and/or DBA.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isOV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cab_ov_requires_org',
  description: 'Organization Validated certificates (policy 2.23.140.1.2.2) must include organizationName',
  citation: 'BRs: 7.1.2.7.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isOV(cert) && !isCA(cert),
  run: (cert) =>
    check(hasAttribute(cert.subject, OID.organizationName), 'OV certificate subject lacks organizationName'),
};
