/*
 * RFC 5280 4.2.1.6: dNSNames are in the preferred name syntax; a leading period
 * (a name-constraint form) is not a name. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_dns_name_starts_with_period',
  description: 'SAN dNSNames must not start with a period',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.startsWithPeriod, 'starts with a period'),
};
