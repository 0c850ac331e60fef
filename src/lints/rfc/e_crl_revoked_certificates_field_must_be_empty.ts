/*
 * RFC 5280 5.1.2.6: "When there are no revoked certificates, the revoked
 * certificates list MUST be absent" from the DER encoding, not present and
 * empty.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { crlLayout } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_revoked_certificates_field_must_be_empty',
  description: 'A CRL without revoked certificates must omit the revokedCertificates field',
  citation: 'RFC 5280: 5.1.2.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length === 0,
  run: (crl) =>
    check(
      !crlLayout(crl).revokedFieldPresent,
      'the CRL has no revoked certificates but encodes the revokedCertificates field',
    ),
};
