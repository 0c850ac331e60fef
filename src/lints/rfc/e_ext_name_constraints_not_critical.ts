/*
 * RFC 5280 4.2.1.10 (name constraints): "Conforming CAs MUST mark this
 * extension as critical".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_name_constraints_not_critical',
  description: 'The nameConstraints extension must be critical',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.nameConstraints),
  run: (cert) => check(isCriticalExt(cert, OID.nameConstraints), 'nameConstraints is not critical'),
};
