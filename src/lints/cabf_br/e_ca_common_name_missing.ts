/*
 * BRs 7.1.2.10.2 (CA Certificate Naming; 7.1.4.3.1 before 2.0.0): in a Root or
 * Subordinate CA certificate the subject commonName "MUST" be present, an
 * identifier that makes the certificate's Name unique among those the issuer
 * issued. (Cross-certified subordinate CAs are exempt in BR 2.x; that cannot
 * be told from the certificate alone.)
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasNonEmptyValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_ca_common_name_missing',
  description: 'CA certificates must include a non-empty subject commonName',
  citation: 'BRs: 7.1.2.10.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr148,
  target: 'certificate',
  appliesTo: isCA,
  run: (cert) => check(hasNonEmptyValue(cert.subject, OID.commonName), 'subject has no commonName'),
};
