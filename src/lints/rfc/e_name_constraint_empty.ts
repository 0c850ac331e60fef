/*
 * RFC 5280 4.2.1.10: "Conforming CAs MUST NOT issue certificates where name
 * constraints is an empty sequence. That is, either the permittedSubtrees
 * field or the excludedSubtrees MUST be present."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_name_constraint_empty',
  description: 'nameConstraints must contain permittedSubtrees or excludedSubtrees',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.nameConstraints !== undefined,
  run: (cert) => {
    const nc = cert.extensions.nameConstraints;
    return check(
      nc?.permitted !== undefined || nc?.excluded !== undefined,
      'nameConstraints is an empty sequence',
    );
  },
};
