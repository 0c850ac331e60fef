/*
 * RFC 5280 4.2.1.6: "When the subjectAltName extension contains a URI, the
 * name MUST be stored in the uniformResourceIdentifier (an IA5String)."
 * IA5 is 7-bit: no octet above 0x7F.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasSan, namesOfTag, noBadName } from '../util/dns_san.js';
import { nonAscii } from '../util/dns_name_facts.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_uri_not_ia5',
  description: 'SAN URIs must be IA5Strings (7-bit ASCII)',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noBadName(namesOfTag(cert.extensions.subjectAltName, 6), nonAscii, 'is not an IA5String'),
};
