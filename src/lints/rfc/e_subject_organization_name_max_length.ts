/*
 * RFC 5280 Appendix A.1: X520OrganizationName ::= DirectoryString (SIZE (1..ub-organization-name)),
 * with "ub-organization-name INTEGER ::= 64".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasStringAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_organization_name_max_length',
  description: 'Each subject organizationName must have at most 64 characters (ub-organization-name)',
  citation: 'RFC 5280: A.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasStringAttribute(cert.subject, OID.organizationName),
  run: (cert) => {
    const over = overLength(cert.subject, OID.organizationName, 64);
    return over === undefined ? pass : fail(over);
  },
};
