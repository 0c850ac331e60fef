/*
 * RFC 5280 4.2.1.6: "conforming CAs MUST NOT issue certificates with
 * subjectAltNames containing empty GeneralName fields. For example, an
 * rfc822Name is represented as an IA5String. While an empty string is a valid
 * IA5String, such an rfc822Name is not permitted by this profile."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasSan, rawGeneralNames } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_empty_name',
  description: 'SubjectAltName GeneralNames must not be empty',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    const names = rawGeneralNames(cert.extensions.byOid.get(OID.subjectAltName));
    if (!names) return notApplicable;
    return check(
      names.every((n) => n.end > n.valueStart),
      'subjectAltName contains an empty GeneralName',
    );
  },
};
