/*
 * BRs 7.1.2.2 b (Subordinate CA Certificate, cRLDistributionPoints): "This extension
 * MUST be present and MUST NOT be marked critical. It MUST contain the HTTP URL of the
 * CA's CRL service." (BR 2.x 7.1.2.10.2 / 7.1.2.11.2.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_ca_crl_distribution_points_missing',
  description: 'Subordinate CA certificates must contain a cRLDistributionPoints extension',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert),
  run: (cert) => check(hasExtension(cert, OID.crlDistributionPoints), 'cRLDistributionPoints is absent'),
};
