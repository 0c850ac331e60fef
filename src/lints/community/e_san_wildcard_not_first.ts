/*
 * BRs 1.6.1 (Wildcard Domain Name) and RFC 6125 6.4.3: a wildcard may only be
 * the first character of a name ("*.example.com", not "www.*.com" or "w*.example.com").
 * (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_wildcard_not_first',
  description: 'A wildcard may only appear as the first character of a SAN dNSName',
  citation: 'BRs: 1.6.1',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) =>
    noNameWith(
      dnsView(cert).san,
      NameFact.wildcardAfterFirstCharacter,
      'has a wildcard after its first character',
    ),
};
