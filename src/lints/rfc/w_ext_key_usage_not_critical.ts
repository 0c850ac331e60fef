/*
 * RFC 5280 4.2.1.3 (key usage): "When present, conforming CAs SHOULD mark this
 * extension as critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_key_usage_not_critical',
  description: 'The keyUsage extension should be critical',
  citation: 'RFC 5280: 4.2.1.3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.keyUsage),
  run: (cert) => check(isCriticalExt(cert, OID.keyUsage), 'keyUsage is not critical'),
};
