/*
 * RFC 5280 4.2.1.6 with RFC 1035 2.3.4: a dNSName is a DNS name, at most 253
 * octets in text form.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { dnsView, hasSan, noBadName } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_dns_name_too_long',
  description: 'SAN dNSNames must be at most 253 octets',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasSan(cert) && dnsView(cert).sanDns.length > 0,
  run: (cert) => noBadName(dnsView(cert).sanDns, (n) => n.length > 253, 'is longer than 253 octets'),
};
