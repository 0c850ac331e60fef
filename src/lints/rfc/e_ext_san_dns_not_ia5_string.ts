/*
 * RFC 5280 4.2.1.6: "When the subjectAltName extension contains a domain name
 * system label, the domain name MUST be stored in the dNSName (an IA5String)."
 * IA5 is 7-bit: no octet above 0x7F.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_dns_not_ia5_string',
  description: 'SAN dNSNames must be IA5Strings (7-bit ASCII)',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.nonAscii, 'is not an IA5String'),
};
