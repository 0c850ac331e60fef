/*
 * RFC 5280 Appendix A.1: X520StateOrProvinceName ::= DirectoryString (SIZE (1..ub-state-name)),
 * with "ub-state-name INTEGER ::= 128".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_state_name_max_length',
  description: 'Each subject stateOrProvinceName must have at most 128 characters (ub-state-name)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.stateOrProvinceName),
  run: (cert) => {
    const over = overLength(cert.subject, OID.stateOrProvinceName, 128);
    return over === undefined ? pass : fail(over);
  },
};
