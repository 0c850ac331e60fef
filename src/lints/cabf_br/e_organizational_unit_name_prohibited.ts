/*
 * BRs 7.1.4.2.2 i (Ballot SC47, from 1 September 2022; 7.1.2.7.x "MUST NOT"
 * in 2.0.0): subject:organizationalUnitName is prohibited in subscriber
 * certificates issued on or after September 1, 2022.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_organizational_unit_name_prohibited',
  description: 'Subscriber certificates issued from 1 September 2022 must not include organizationalUnitName',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.ouProhibited,
  target: 'certificate',
  appliesTo: (cert) => !isCA(cert),
  run: (cert) =>
    check(!hasValue(cert.subject, OID.organizationalUnitName), 'subject includes organizationalUnitName'),
};
