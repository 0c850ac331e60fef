/*
 * RFC 5280 4.2.1.4: "The user notice has two optional fields: the noticeRef
 * field and the explicitText field ... Conforming CAs SHOULD NOT use the
 * noticeRef option."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_cert_policy_contains_noticeref',
  description: 'User notices should not use the noticeRef option',
  citation: 'RFC 5280: 4.2.1.4',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.certificatePolicies),
  run: (cert) =>
    check(
      !(cert.extensions.certificatePolicies ?? []).some((p) => p.qualifiers.some((q) => q.noticeRef)),
      'a userNotice qualifier contains a noticeRef',
    ),
};
