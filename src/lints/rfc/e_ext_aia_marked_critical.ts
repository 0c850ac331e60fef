/*
 * RFC 5280 4.2.2.1: the authority information access extension "may be
 * included in end entity or CA certificates. Conforming CAs MUST mark this
 * extension as non-critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_aia_marked_critical',
  description: 'The authorityInfoAccess extension must be non-critical',
  citation: 'RFC 5280: 4.2.2.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.authorityInfoAccess),
  run: (cert) => check(!isCriticalExt(cert, OID.authorityInfoAccess), 'authorityInfoAccess is critical'),
};
