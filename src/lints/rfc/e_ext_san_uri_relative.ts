/*
 * RFC 5280 4.2.1.6: a uniformResourceIdentifier "MUST NOT be a relative URI".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasSan, namesOfTag, noBadName, uriIsAbsolute } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_uri_relative',
  description: 'SAN URIs must be absolute URIs (with a scheme)',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    noBadName(
      namesOfTag(cert.extensions.subjectAltName, 6),
      (u) => !uriIsAbsolute(u),
      'is a relative URI or not a URI',
    ),
};
