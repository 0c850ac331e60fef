/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so its dNSNames
 * are IA5Strings: no octet above 0x7F.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_dns_not_ia5_string',
  description: 'IAN dNSNames must be IA5Strings (7-bit ASCII)',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noNameWith(dnsView(cert).ian, NameFact.nonAscii, 'is not an IA5String'),
};
