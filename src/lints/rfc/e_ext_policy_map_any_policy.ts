/*
 * RFC 5280 4.2.1.5: "Policies MUST NOT be mapped either to or from the special
 * value anyPolicy (Section 4.2.1.4)."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { policyMappingsCheck } from '../util/policy_mappings.js';

export const lint: CertificateLint = {
  name: 'e_ext_policy_map_any_policy',
  description: 'Policies must not be mapped to or from anyPolicy',
  citation: 'RFC 5280: 4.2.1.5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  ...policyMappingsCheck((pairs) =>
    check(
      !pairs.some(([from, to]) => from === OID.anyPolicy || to === OID.anyPolicy),
      'a policy is mapped to or from anyPolicy',
    ),
  ),
};
