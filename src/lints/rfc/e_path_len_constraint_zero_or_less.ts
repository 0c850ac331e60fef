/*
 * RFC 5280 4.2.1.9: "Where it appears, the pathLenConstraint field MUST be
 * greater than or equal to zero." (Despite its name, zlint's lint and this one
 * flag only negative values; zero is allowed.)
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_path_len_constraint_zero_or_less',
  description: 'pathLenConstraint, where present, must not be negative',
  citation: 'RFC 5280: 4.2.1.9',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.basicConstraints),
  run: (cert) => {
    const bc = cert.extensions.basicConstraints;
    if (!bc) return notApplicable;
    return check(bc.pathLen === undefined || bc.pathLen >= 0, `pathLenConstraint is ${bc.pathLen}`);
  },
};
