/*
 * RFC 5280 Appendix A.1: X520OrganizationalUnitName ::= DirectoryString
 * (SIZE (1..ub-organizational-unit-name)), with "ub-organizational-unit-name INTEGER ::= 64".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_organizational_unit_name_max_length',
  description:
    'Each subject organizationalUnitName must have at most 64 characters (ub-organizational-unit-name)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.organizationalUnitName),
  run: (cert) => {
    const over = overLength(cert.subject, OID.organizationalUnitName, 64);
    return over === undefined ? pass : fail(over);
  },
};
