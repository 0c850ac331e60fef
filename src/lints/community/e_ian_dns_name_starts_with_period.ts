/*
 * RFC 5280 4.2.1.7 encodes issuerAltName as 4.2.1.6: dNSNames are in the
 * preferred name syntax; a leading period is not a name. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ian_dns_name_starts_with_period',
  description: 'IAN dNSNames must not start with a period',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noNameWith(dnsView(cert).ian, NameFact.startsWithPeriod, 'starts with a period'),
};
