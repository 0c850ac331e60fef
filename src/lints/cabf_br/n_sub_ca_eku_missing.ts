/*
 * BRs 7.1.5 (Name Constraints for Subordinate CA Certificates): to be considered
 * Technically Constrained, a Subordinate CA certificate MUST include an extKeyUsage
 * extension. Its absence is legitimate for an unconstrained CA, hence a notice.
 * (zlint once reported this as e_sub_ca_eku_missing; its current name is used.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'n_sub_ca_eku_missing',
  description: 'A subordinate CA without extKeyUsage cannot be technically constrained',
  citation: 'BRs: 7.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert),
  run: (cert) => check(hasExtension(cert, OID.extKeyUsage), 'extKeyUsage is absent'),
};
