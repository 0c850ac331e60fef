/*
 * RFC 5280 Appendix A.1: EmailAddress ::= IA5String (SIZE (1..ub-emailaddress-length)), with
 * "ub-emailaddress-length INTEGER ::= 255" (raised from 128 to align with PKCS #9).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_email_max_length',
  description: 'Each subject emailAddress must have at most 255 characters (ub-emailaddress-length)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.emailAddress),
  run: (cert) => {
    const over = overLength(cert.subject, OID.emailAddress, 255);
    return over === undefined ? pass : fail(over);
  },
};
