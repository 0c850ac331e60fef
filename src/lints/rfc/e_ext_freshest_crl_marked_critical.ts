/*
 * RFC 5280 4.2.1.15: the freshest CRL extension "identifies how delta CRL
 * information is obtained. The extension MUST be marked as non-critical by
 * conforming CAs."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_freshest_crl_marked_critical',
  description: 'The freshestCRL extension must be non-critical',
  citation: 'RFC 5280: 4.2.1.15',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.freshestCrl),
  run: (cert) => check(!isCriticalExt(cert, OID.freshestCrl), 'freshestCRL is critical'),
};
