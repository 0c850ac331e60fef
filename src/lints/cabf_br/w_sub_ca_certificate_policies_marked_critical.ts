/*
 * BRs 7.1.2.2 a (Subordinate CA Certificate, certificatePolicies): "This extension
 * MUST be present and SHOULD NOT be marked critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_ca_certificate_policies_marked_critical',
  description: 'The certificatePolicies extension of a subordinate CA should not be critical',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && hasExtension(cert, OID.certificatePolicies),
  run: (cert) => check(!isCritical(cert, OID.certificatePolicies), 'certificatePolicies is marked critical'),
};
