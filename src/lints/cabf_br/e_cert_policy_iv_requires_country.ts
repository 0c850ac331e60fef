/*
 * BRs 7.1.2.7.3 (Individual Validated, policy 2.23.140.1.2.3; 7.1.6.4 before
 * 2.0.0): countryName is a "MUST" attribute of the subject.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isIV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_iv_requires_country',
  description: 'Individual Validated certificates (policy 2.23.140.1.2.3) must include countryName',
  citation: 'BRs: 7.1.2.7.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr131,
  target: 'certificate',
  appliesTo: (cert) => isIV(cert) && !isCA(cert),
  run: (cert) =>
    check(hasAttribute(cert.subject, OID.countryName), 'IV certificate subject lacks countryName'),
};
