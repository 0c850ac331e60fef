/*
 * RFC 5280 4.2.1.10: "Within this profile, the minimum and maximum fields are
 * not used with any name forms, thus, the minimum MUST be zero, and maximum
 * MUST be absent."
 * Any maximum fails, including an explicit 0 (which zlint cannot tell from
 * absence).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { nameConstraintSubtrees } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_name_constraint_maximum_not_absent',
  description:
    'The maximum field of a name constraints GeneralSubtree must be absent (an explicit 0 too, which zlint misses)',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.nameConstraints !== undefined,
  run: (cert) =>
    check(
      nameConstraintSubtrees(cert).every((s) => s.maximum === undefined),
      'a GeneralSubtree has a maximum',
    ),
};
