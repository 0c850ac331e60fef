/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so URIs are
 * IA5Strings: no octet above 0x7F.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasIan, namesOfTag, noBadName } from '../util/dns_san.js';
import { nonAscii } from '../util/dns_name_facts.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_uri_not_ia5',
  description: 'IAN URIs must be IA5Strings (7-bit ASCII)',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noBadName(namesOfTag(cert.extensions.issuerAltName, 6), nonAscii, 'is not an IA5String'),
};
