/*
 * RFC 5280 4.2.1.1 (authority key identifier): "Conforming CAs MUST mark this
 * extension as non-critical."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_authority_key_identifier_critical',
  description: 'The authorityKeyIdentifier extension must be non-critical',
  citation: 'RFC 5280: 4.2.1.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.authorityKeyIdentifier),
  run: (cert) =>
    check(!isCriticalExt(cert, OID.authorityKeyIdentifier), 'authorityKeyIdentifier is critical'),
};
