/*
 * BRs 7.1.4.2.2 i (1.7.9): subject:organizationalUnitName is "Prohibited if
 * the subject:organizationName is absent" (and, separately, for certificates
 * issued from September 1, 2022: e_organizational_unit_name_prohibited).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_subject_contains_organizational_unit_name_and_no_organization_name',
  description: 'organizationalUnitName must not appear in a subject without organizationName',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr179,
  target: 'certificate',
  appliesTo: (cert) => hasAttribute(cert.subject, OID.organizationalUnitName),
  run: (cert) =>
    check(
      hasAttribute(cert.subject, OID.organizationName),
      'subject includes organizationalUnitName without organizationName',
    ),
};
