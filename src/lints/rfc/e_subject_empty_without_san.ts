/*
 * RFC 5280 4.1.2.6 and 4.2.1.6: "if the only subject identity included in the
 * certificate is an alternative name form (...), then the subject
 * distinguished name MUST be empty (an empty sequence), and the
 * subjectAltName extension MUST be present."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_subject_empty_without_san',
  description: 'A certificate with an empty subject must carry a subjectAltName extension',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(
      cert.subject.attributes.length > 0 || cert.extensions.byOid.has(OID.subjectAltName),
      'subject is empty and there is no subjectAltName extension',
    ),
};
