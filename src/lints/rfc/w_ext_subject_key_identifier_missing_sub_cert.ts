/*
 * RFC 5280 4.2 and 4.2.1.2: "To assist applications in identifying the
 * appropriate end entity certificate, this extension SHOULD be included in
 * all end entity certificates."
 *
 * BRs 7.1.2.7 (from SC62, 2023-09-15) make it NOT RECOMMENDED in TLS subscriber
 * certificates, so there the RFC's SHOULD no longer applies: a CA following the
 * BRs would otherwise be warned for doing what they advise.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_subject_key_identifier_missing_sub_cert',
  description:
    'End-entity certificates should include the subjectKeyIdentifier extension (except TLS subscriber certificates from SC62 on)',
  citation: 'RFC 5280: 4.2 & 4.2.1.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) =>
    !isCA(cert) && !(isServerAuth(cert) && cert.notBefore.ms >= RuleDate.sc62Profiles.getTime()),
  run: (cert) =>
    check(hasExt(cert, OID.subjectKeyIdentifier), 'the subjectKeyIdentifier extension is missing'),
};
