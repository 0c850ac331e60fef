/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so a URI "MUST
 * include both a scheme (e.g., 'http' or 'ftp') and a scheme-specific-part".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasIan, namesOfTag, noBadName, uriFormatInvalid } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_uri_format_invalid',
  description: 'IAN URIs must parse and have a scheme and a scheme-specific part',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    noBadName(
      namesOfTag(cert.extensions.issuerAltName, 6),
      uriFormatInvalid,
      'lacks a scheme or a scheme-specific part, or is not a URI',
    ),
};
