/*
 * RFC 5280 4.2.1.13: "The CRL distribution points extension identifies how CRL
 * information is obtained. The extension SHOULD be non-critical".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_crl_distribution_marked_critical',
  description: 'The cRLDistributionPoints extension should be non-critical',
  citation: 'RFC 5280: 4.2.1.13',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.crlDistributionPoints),
  run: (cert) => check(!isCriticalExt(cert, OID.crlDistributionPoints), 'cRLDistributionPoints is critical'),
};
