/*
 * EV Guidelines 1.7.0, 9.2.8 (EVG 2.0: 7.1.4.2.8): the Registration Scheme in
 * subject:organizationIdentifier is, in order, a 3 character scheme (NTR, VAT
 * or PSD), a 2 character ISO 3166 country code, for NTR optionally "+" and a 2
 * character ISO 3166-2 subdivision, a hyphen-minus, and the Registration
 * Reference. Examples: NTRGB-12345678, NTRUS+CA-12345678, VATDE-123456789.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { subjectOrgIdProblem } from '../util/ev_crl.js';

export const lint: CertificateLint = {
  name: 'e_ev_subject_organization_identifier_well_formed',
  description: 'subject:organizationIdentifier of an EV certificate must follow the EVG 9.2.8 format',
  citation: 'EVGs: 9.2.8',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc17,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && hasAttribute(cert.subject, OID.organizationIdentifier),
  run: (cert) => {
    const first = cert.subject.attributes.find((a) => a.type === OID.organizationIdentifier);
    const problem = subjectOrgIdProblem(first?.value?.value ?? '');
    return check(problem === undefined, problem ?? '');
  },
};
