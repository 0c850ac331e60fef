/*
 * RFC 5280 4.2.1.2 (subject key identifier): "Conforming CAs MUST mark this
 * extension as non-critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_subject_key_identifier_critical',
  description: 'The subjectKeyIdentifier extension must be non-critical',
  citation: 'RFC 5280: 4.2.1.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.subjectKeyIdentifier),
  run: (cert) => check(!isCriticalExt(cert, OID.subjectKeyIdentifier), 'subjectKeyIdentifier is critical'),
};
