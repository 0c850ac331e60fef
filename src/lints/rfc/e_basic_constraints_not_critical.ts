/*
 * RFC 5280 4.2.1.9: conforming CAs "MUST include this extension in all CA
 * certificates that contain public keys used to validate digital signatures on
 * certificates and MUST mark the extension as critical in such certificates."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_basic_constraints_not_critical',
  description: 'In a CA certificate the basicConstraints extension must be marked critical',
  citation: 'RFC 5280: 4.2.1.9',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => isCA(cert),
  run: (cert) => check(isCriticalExt(cert, OID.basicConstraints), 'basicConstraints is not critical'),
};
