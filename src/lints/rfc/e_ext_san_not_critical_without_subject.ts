/*
 * RFC 5280 4.2.1.6: "If the subject field contains an empty sequence, then the
 * issuing CA MUST include a subjectAltName extension that is marked as critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasSan } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_not_critical_without_subject',
  description: 'When the subject is an empty sequence, the subjectAltName extension must be critical',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    check(
      cert.subject.attributes.length > 0 || cert.extensions.byOid.get(OID.subjectAltName)?.critical === true,
      'the subject is empty but the subjectAltName extension is not critical',
    ),
};
