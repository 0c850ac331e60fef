/*
 * BRs 7.1.4.2.2 c (1.4.1 on; 7.1.2.7.3 in 2.0.0 lets givenName and surname
 * appear only in the Individual Validated profile): "A Certificate containing
 * a subject:givenName field or subject:surname field MUST contain the
 * (2.23.140.1.2.3) Certificate Policy OID."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isIV, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_given_name_surname_contains_correct_policy',
  description:
    'Subscriber certificates with givenName or surname in the subject must assert policy 2.23.140.1.2.3',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfGivenName,
  target: 'certificate',
  appliesTo: (cert) =>
    (hasValue(cert.subject, OID.givenName) || hasValue(cert.subject, OID.surname)) && isSubscriber(cert),
  run: (cert) => check(isIV(cert), 'subject has givenName or surname but policy 2.23.140.1.2.3 is absent'),
};
