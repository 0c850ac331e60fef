/*
 * BRs 7.1.2.2 a (Subordinate CA Certificate, certificatePolicies): "This extension
 * MUST be present and SHOULD NOT be marked critical." (BR 2.x 7.1.2.10.5: MUST.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_ca_certificate_policies_missing',
  description: 'Subordinate CA certificates must contain a certificatePolicies extension',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert),
  run: (cert) => check(hasExtension(cert, OID.certificatePolicies), 'certificatePolicies is absent'),
};
