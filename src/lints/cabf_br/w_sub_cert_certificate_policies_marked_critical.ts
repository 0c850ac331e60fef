/*
 * BRs 7.1.2.3 a (Subscriber Certificate, certificatePolicies): "This extension MUST
 * be present and SHOULD NOT be marked critical." Checked, as in zlint, on every
 * certificate that has the extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_cert_certificate_policies_marked_critical',
  description: 'The certificatePolicies extension should not be critical',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.certificatePolicies),
  run: (cert) => check(!isCritical(cert, OID.certificatePolicies), 'certificatePolicies is marked critical'),
};
