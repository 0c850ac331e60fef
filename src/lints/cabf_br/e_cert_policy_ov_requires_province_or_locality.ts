/*
 * BRs 7.1.2.7.4 (Organization Validated, policy 2.23.140.1.2.2; 7.1.6.4 with
 * 7.1.4.2.2 before 2.0.0): stateOrProvinceName is required when localityName
 * is absent and localityName when stateOrProvinceName is absent, so at least
 * one of them must be present.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isOV, isSubscriber } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cert_policy_ov_requires_province_or_locality',
  description:
    'Organization Validated certificates (policy 2.23.140.1.2.2) must include localityName or stateOrProvinceName',
  citation: 'BRs: 7.1.2.7.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isOV(cert) && isSubscriber(cert),
  run: (cert) =>
    check(
      hasAttribute(cert.subject, OID.localityName) || hasAttribute(cert.subject, OID.stateOrProvinceName),
      'OV certificate subject has neither localityName nor stateOrProvinceName',
    ),
};
