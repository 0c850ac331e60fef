/*
 * RFC 5280 4.2.1.6: "When including the subjectAltName extension in a
 * certificate that has a non-empty subject distinguished name, conforming CAs
 * SHOULD mark the subjectAltName extension as non-critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasSan } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'w_ext_san_critical_with_subject_dn',
  description: 'If the subject is not empty, the subjectAltName extension should not be critical',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    check(
      cert.subject.attributes.length === 0 ||
        cert.extensions.byOid.get(OID.subjectAltName)?.critical !== true,
      'subjectAltName is critical although the subject is not empty',
    ),
};
