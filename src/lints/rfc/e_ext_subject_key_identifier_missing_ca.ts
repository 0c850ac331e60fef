/*
 * RFC 5280 4.2 and 4.2.1.2: the subject key identifier "MUST appear in all
 * conforming CA certificates, that is, all certificates including the basic
 * constraints extension (Section 4.2.1.9) where the value of cA is TRUE."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_subject_key_identifier_missing_ca',
  description: 'CA certificates must include the subjectKeyIdentifier extension',
  citation: 'RFC 5280: 4.2 & 4.2.1.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => isCA(cert),
  run: (cert) =>
    check(hasExt(cert, OID.subjectKeyIdentifier), 'the subjectKeyIdentifier extension is missing'),
};
