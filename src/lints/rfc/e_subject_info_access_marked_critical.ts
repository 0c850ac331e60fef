/*
 * RFC 5280 4.2.2.2: the subject information access extension "may be included
 * in end entity or CA certificates. Conforming CAs MUST mark this extension as
 * non-critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_subject_info_access_marked_critical',
  description: 'The subjectInfoAccess extension must be non-critical',
  citation: 'RFC 5280: 4.2.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.subjectInfoAccess),
  run: (cert) => check(!isCriticalExt(cert, OID.subjectInfoAccess), 'subjectInfoAccess is critical'),
};
