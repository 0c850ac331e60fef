/*
 * BRs 7.1.4.2.2 h (the IV and OV profiles of 7.1.2.7 in 2.0.0):
 * subject:stateOrProvinceName is "Required if the subject:organizationName,
 * subject:givenName, or subject:surname fields are present and
 * subject:localityName field is absent."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasOrgOrPersonalName, hasValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_province_must_appear',
  description:
    'stateOrProvinceName must appear when organizationName, givenName or surname is present and localityName is absent',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfGivenName,
  target: 'certificate',
  appliesTo: isSubscriber,
  run: (cert) => {
    const s = cert.subject;
    return check(
      !hasOrgOrPersonalName(s) || hasValue(s, OID.localityName) || hasValue(s, OID.stateOrProvinceName),
      'subject names an organization or person but has neither stateOrProvinceName nor localityName',
    );
  },
};
