/*
 * BRs 7.1.2.3 b (Subscriber Certificate, cRLDistributionPoints): "This extension
 * MAY be present. If present, it MUST NOT be marked critical, and it MUST contain the
 * HTTP URL of the CA's CRL service." Checked, as in zlint, on every certificate that
 * has the extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { crlUrls, hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_crl_distribution_points_does_not_contain_url',
  description: 'A cRLDistributionPoints extension must contain an http:// URL',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.crlDistributionPoints),
  run: (cert) =>
    check(
      crlUrls(cert).some((u) => u.startsWith('http://')),
      'no http:// URL in cRLDistributionPoints',
    ),
};
