/*
 * An IAN dNSName should name something below a public suffix. As zlint (after
 * certlint) does, any IAN dNSName of fewer than three labels is reported, so
 * "example.com" is flagged as well as "co.uk".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'w_ian_iana_pub_suffix_empty',
  description:
    'IAN dNSNames should not be bare public suffixes (flagged as zlint does: fewer than three labels)',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noNameWith(dnsView(cert).ian, NameFact.fewerThanThreeLabels, 'may be a bare public suffix'),
};
