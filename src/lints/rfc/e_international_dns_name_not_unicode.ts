/*
 * RFC 5280 7.2 and RFC 3490 (IDNA): an internationalized label in a dNSName is
 * an ACE label, "xn--" followed by valid Punycode (RFC 3492). A label with the
 * ACE prefix that does not decode is malformed.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_international_dns_name_not_unicode',
  description: 'Internationalized (xn--) labels of SAN dNSNames must be valid Punycode',
  citation: 'RFC 5280: 7.2; RFC 3490',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3490,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    noNameWith(dnsView(cert).san, NameFact.xnUndecodable, 'has an xn-- label that is not valid Punycode'),
};
