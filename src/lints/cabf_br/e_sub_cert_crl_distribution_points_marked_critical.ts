/*
 * BRs 7.1.2.3 b (Subscriber Certificate, cRLDistributionPoints): "If present, it
 * MUST NOT be marked critical". Checked, as in zlint, on every certificate that has the
 * extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_crl_distribution_points_marked_critical',
  description: 'The cRLDistributionPoints extension must not be critical',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.crlDistributionPoints),
  run: (cert) =>
    check(!isCritical(cert, OID.crlDistributionPoints), 'cRLDistributionPoints is marked critical'),
};
