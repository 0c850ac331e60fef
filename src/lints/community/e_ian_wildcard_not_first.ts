/*
 * A wildcard may only be the first character of a name ("*.example.com", not
 * "www.*.com"); RFC 5280 4.2.1.7 encodes issuerAltName as 4.2.1.6. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ian_wildcard_not_first',
  description: 'A wildcard may only appear as the first character of an IAN dNSName',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    noNameWith(
      dnsView(cert).ian,
      NameFact.wildcardAfterFirstCharacter,
      'has a wildcard after its first character',
    ),
};
