/*
 * RFC 5280 4.2.1.6 with RFC 1035 2.3.4: a dNSName is a DNS name, at most 253
 * octets in text form.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_dns_name_too_long',
  description: 'SAN dNSNames must be at most 253 octets',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasSan(cert) && dnsView(cert).san.facts.length > 0,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.longerThan253, 'is longer than 253 octets'),
};
