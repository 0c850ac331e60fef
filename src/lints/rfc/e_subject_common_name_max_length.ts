/*
 * RFC 5280 Appendix A.1: X520CommonName ::= DirectoryString (SIZE (1..ub-common-name)),
 * with "ub-common-name INTEGER ::= 64"; the upper bounds "MUST be regarded as mandatory".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasNonEmptyAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_common_name_max_length',
  description:
    'Each subject commonName must have at most 64 characters (ub-common-name). zlint measures only the last commonName; every one is measured here',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasNonEmptyAttribute(cert.subject, OID.commonName),
  run: (cert) => {
    const over = overLength(cert.subject, OID.commonName, 64);
    return over === undefined ? pass : fail(over);
  },
};
