/*
 * RFC 5280 4.2.1.6: "while the string ' ' is a legal domain name,
 * subjectAltName extensions with a dNSName of ' ' MUST NOT be used."
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_space_dns_name',
  description: 'A SAN dNSName must not be a single space',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.singleSpace, 'is a single space'),
};
