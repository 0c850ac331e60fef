/*
 * RFC 5280 Appendix A.1: givenName is an X520name ::= DirectoryString (SIZE (1..ub-name)),
 * with "ub-name INTEGER ::= 32768".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_given_name_max_length',
  description: 'Each subject givenName must have at most 32768 characters (ub-name)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.givenName),
  run: (cert) => {
    const over = overLength(cert.subject, OID.givenName, 32768);
    return over === undefined ? pass : fail(over);
  },
};
