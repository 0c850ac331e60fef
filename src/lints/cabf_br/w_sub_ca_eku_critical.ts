/*
 * BRs 7.1.2.2 g (Subordinate CA Certificate, extKeyUsage): "If present, this
 * extension SHOULD be marked non-critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_ca_eku_critical',
  description: 'The extKeyUsage extension of a subordinate CA should not be critical',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr116,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && hasExtension(cert, OID.extKeyUsage),
  run: (cert) => check(!isCritical(cert, OID.extKeyUsage), 'extKeyUsage is marked critical'),
};
