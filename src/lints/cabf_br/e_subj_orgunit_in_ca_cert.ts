/*
 * BRs 7.1.2.10.2 (CA Certificate Naming): organizationalUnitName "MUST NOT" be
 * included in Root CA and TLS Subordinate CA certificates. (Cross-certified
 * subordinate CAs may carry it; that cannot be told from the certificate.)
 * CAs whose EKUs exclude TLS server authentication are outside the TLS BRs.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_subj_orgunit_in_ca_cert',
  description: 'Root and TLS subordinate CA certificates must not include organizationalUnitName',
  citation: 'BRs: 7.1.2.10.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isCA(cert) && isServerAuth(cert),
  run: (cert) =>
    check(!hasValue(cert.subject, OID.organizationalUnitName), 'CA subject includes organizationalUnitName'),
};
