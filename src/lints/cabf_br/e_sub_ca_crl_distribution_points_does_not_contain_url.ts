/*
 * BRs 7.1.2.2 b (Subordinate CA Certificate, cRLDistributionPoints): "It MUST contain
 * the HTTP URL of the CA's CRL service."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { crlUrls, hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_ca_crl_distribution_points_does_not_contain_url',
  description: 'The cRLDistributionPoints of a subordinate CA must contain an http:// URL',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && hasExtension(cert, OID.crlDistributionPoints),
  run: (cert) =>
    check(
      crlUrls(cert).some((u) => u.startsWith('http://')),
      'no http:// URL in cRLDistributionPoints',
    ),
};
