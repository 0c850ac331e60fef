/*
 * RFC 6962 3.3: SCTs are embedded in the final certificate; the
 * precertificate (3.1) that is submitted to obtain them carries the poison
 * extension and no SignedCertificateTimestampList extension.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_precert_with_sct_list',
  description: 'A precertificate must not contain the SignedCertificateTimestampList extension',
  citation: 'RFC 6962: 3.3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6962,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.ctPoison),
  run: (cert) =>
    check(!hasExt(cert, OID.ctSctList), 'the precertificate contains a SignedCertificateTimestampList'),
};
