/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so a URI "MUST
 * NOT be a relative URI".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasIan, namesOfTag, noBadName, uriIsAbsolute } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_uri_relative',
  description: 'IAN URIs must be absolute URIs (with a scheme)',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    noBadName(
      namesOfTag(cert.extensions.issuerAltName, 6),
      (u) => !uriIsAbsolute(u),
      'is a relative URI or not a URI',
    ),
};
