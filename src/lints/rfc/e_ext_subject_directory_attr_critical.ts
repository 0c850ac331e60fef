/*
 * RFC 5280 4.2.1.8: the subject directory attributes extension "is used to
 * convey identification attributes (e.g., nationality) of the subject ...
 * Conforming CAs MUST mark this extension as non-critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasExt, isCriticalExt, SUBJECT_DIRECTORY_ATTRIBUTES } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_subject_directory_attr_critical',
  description: 'The subjectDirectoryAttributes extension must be non-critical',
  citation: 'RFC 5280: 4.2.1.8',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, SUBJECT_DIRECTORY_ATTRIBUTES),
  run: (cert) =>
    check(!isCriticalExt(cert, SUBJECT_DIRECTORY_ATTRIBUTES), 'subjectDirectoryAttributes is critical'),
};
