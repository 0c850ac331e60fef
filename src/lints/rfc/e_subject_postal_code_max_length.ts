/*
 * RFC 5280 Appendix A.1: "ub-postal-code-length INTEGER ::= 16". (X.520 itself bounds
 * postalCode at 40; zlint, and this lint, apply the RFC 5280 figure.)
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_postal_code_max_length',
  description: 'Each subject postalCode must have at most 16 characters (ub-postal-code-length)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.postalCode),
  run: (cert) => {
    const over = overLength(cert.subject, OID.postalCode, 16);
    return over === undefined ? pass : fail(over);
  },
};
