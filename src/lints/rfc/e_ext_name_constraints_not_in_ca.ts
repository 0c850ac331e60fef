/*
 * RFC 5280 4.2.1.10: "The name constraints extension, which MUST be used only
 * in a CA certificate, indicates a name space within which all subject names
 * in subsequent certificates in a certification path MUST be located."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_name_constraints_not_in_ca',
  description: 'The nameConstraints extension may only appear in CA certificates',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.nameConstraints),
  run: (cert) => check(isCA(cert), 'nameConstraints in a certificate that is not a CA'),
};
