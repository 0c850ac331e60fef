/*
 * RFC 5280 5.1.2.6: "When there are no revoked certificates, the revoked
 * certificates list MUST be absent"; an empty revokedCertificates SEQUENCE is a
 * defect.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { crlLayout } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_empty_revoked_certificates',
  description: 'A CRL must not encode an empty revokedCertificates list',
  citation: 'RFC 5280: 5.1.2.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) =>
    check(
      crl.revoked.length > 0 || !crlLayout(crl).revokedFieldPresent,
      'the CRL contains an empty revokedCertificates element',
    ),
};
