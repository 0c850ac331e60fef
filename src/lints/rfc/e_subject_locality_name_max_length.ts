/*
 * RFC 5280 Appendix A.1: X520LocalityName ::= DirectoryString (SIZE (1..ub-locality-name)),
 * with "ub-locality-name INTEGER ::= 128".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_locality_name_max_length',
  description: 'Each subject localityName must have at most 128 characters (ub-locality-name)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const over = overLength(cert.subject, OID.localityName, 128);
    return over === undefined ? pass : fail(over);
  },
};
