/*
 * RFC 5280 4.2.1.14 (inhibit anyPolicy): "Conforming CAs MUST mark this
 * extension as critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_inhibit_any_policy_not_critical',
  description: 'The inhibitAnyPolicy extension must be critical',
  citation: 'RFC 5280: 4.2.1.14',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.inhibitAnyPolicy),
  run: (cert) => check(isCriticalExt(cert, OID.inhibitAnyPolicy), 'inhibitAnyPolicy is not critical'),
};
