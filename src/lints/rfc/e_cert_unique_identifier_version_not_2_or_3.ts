/*
 * RFC 5280 4.1.2.8: the unique identifier fields "MUST only appear if the
 * version is 2 or 3 (Section 4.1.2.1). These fields MUST NOT appear if the
 * version is 1."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_cert_unique_identifier_version_not_2_or_3',
  description: 'Unique identifiers may only appear in version 2 or 3 certificates',
  citation: 'RFC 5280: 4.1.2.8',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(
      (cert.issuerUniqueId === undefined && cert.subjectUniqueId === undefined) ||
        cert.version === 2 ||
        cert.version === 3,
      `unique identifier in a version ${cert.version} certificate`,
    ),
};
