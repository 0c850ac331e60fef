/*
 * RFC 5280 4.1.2.8: "CAs conforming to this profile MUST NOT generate
 * certificates with unique identifiers."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_cert_contains_unique_identifier',
  description: 'Certificates must not contain issuerUniqueID or subjectUniqueID',
  citation: 'RFC 5280: 4.1.2.8',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(
      cert.issuerUniqueId === undefined && cert.subjectUniqueId === undefined,
      `the certificate has ${cert.issuerUniqueId ? 'an issuerUniqueID' : 'a subjectUniqueID'}`,
    ),
};
