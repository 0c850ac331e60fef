/*
 * RFC 5280 4.2.1.10: "Within this profile, the minimum and maximum fields are
 * not used with any name forms, thus, the minimum MUST be zero, and maximum
 * MUST be absent."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { nameConstraintSubtrees } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_name_constraint_minimum_non_zero',
  description: 'The minimum field of a name constraints GeneralSubtree must be zero',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.nameConstraints !== undefined,
  run: (cert) =>
    check(
      nameConstraintSubtrees(cert).every((s) => s.minimum === 0),
      'a GeneralSubtree has a non-zero minimum',
    ),
};
