/*
 * RFC 5280 4.2.1.11 (policy constraints): "Conforming CAs MUST mark this
 * extension as critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_policy_constraints_not_critical',
  description: 'The policyConstraints extension must be critical',
  citation: 'RFC 5280: 4.2.1.11',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.policyConstraints),
  run: (cert) => check(isCriticalExt(cert, OID.policyConstraints), 'policyConstraints is not critical'),
};
