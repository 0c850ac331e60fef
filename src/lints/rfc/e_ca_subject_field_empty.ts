/*
 * RFC 5280 4.1.2.6: "If the subject is a CA (e.g., the basic constraints
 * extension ... is present and the value of cA is TRUE), then the subject
 * field MUST be populated with a non-empty distinguished name".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';

export const lint: CertificateLint = {
  name: 'e_ca_subject_field_empty',
  description: 'The subject of a CA certificate must be a non-empty distinguished name',
  citation: 'RFC 5280: 4.1.2.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: isCA,
  run: (cert) => check(cert.subject.attributes.length > 0, 'CA certificate subject is empty'),
};
