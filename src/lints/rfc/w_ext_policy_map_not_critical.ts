/*
 * RFC 5280 4.2.1.5 (policy mappings): "This extension MAY be supported by CAs
 * and/or applications. Conforming CAs SHOULD mark this extension as critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_policy_map_not_critical',
  description: 'The policyMappings extension should be critical',
  citation: 'RFC 5280: 4.2.1.5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.policyMappings),
  run: (cert) => check(isCriticalExt(cert, OID.policyMappings), 'policyMappings is not critical'),
};
