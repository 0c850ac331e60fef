/*
 * BRs 7.1.2.10.2 (7.1.4.3.1 before 2.0.0; 9.1.3 in 1.0): organizationName
 * "MUST" be present in the subject of a Root or Subordinate CA certificate:
 * the CA's name or DBA.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { firstValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_ca_organization_name_missing',
  description: 'CA certificates must include a non-empty subject organizationName',
  citation: 'BRs: 7.1.2.10.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: isCA,
  run: (cert) =>
    check(firstValue(cert.subject, OID.organizationName) !== '', 'subject has no organizationName'),
};
