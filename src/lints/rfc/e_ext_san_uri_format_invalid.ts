/*
 * RFC 5280 4.2.1.6: a uniformResourceIdentifier "MUST follow the URI syntax and
 * encoding rules specified in [RFC3986]. The name MUST include both a scheme
 * (e.g., 'http' or 'ftp') and a scheme-specific-part." Parsed as Go's net/url
 * does, which zlint uses.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasSan, namesOfTag, noBadName, uriFormatInvalid } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_uri_format_invalid',
  description: 'SAN URIs must parse and have a scheme and a scheme-specific part',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    noBadName(
      namesOfTag(cert.extensions.subjectAltName, 6),
      uriFormatInvalid,
      'lacks a scheme or a scheme-specific part, or is not a URI',
    ),
};
