/*
 * RFC 5280 4.2.1.5: "Each issuerDomainPolicy named in the policy mappings
 * extension SHOULD also be asserted in a certificate policies extension in
 * the same certificate."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasPolicy } from '../../x509/classify.js';
import { policyMappingsCheck } from '../util/policy_mappings.js';

export const lint: CertificateLint = {
  name: 'w_ext_policy_map_not_in_cert_policy',
  description: 'Each issuerDomainPolicy of policyMappings should be asserted in certificatePolicies',
  citation: 'RFC 5280: 4.2.1.5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  ...policyMappingsCheck((pairs, cert) => {
    const missing = pairs.map(([from]) => from).filter((p) => !hasPolicy(cert, p));
    return check(
      missing.length === 0,
      `issuerDomainPolicy not in certificatePolicies: ${missing.join(', ')}`,
    );
  }),
};
