/*
 * Before BRs 1.6.2 (2018-12-10) said anything about underscores, the BRs took
 * RFC 5280 4.2.1.6 as is: dNSNames are in the preferred name syntax of RFC 1034
 * 3.5, which has no underscore.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_no_underscores_before_1_6_2',
  description:
    'Before BRs 1.6.2, SAN dNSNames must not contain underscore characters (RFC 5280 preferred name syntax)',
  citation: 'BRs: 7.1.4.2.1; RFC 5280: 4.2.1.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  ineffectiveDate: RuleDate.cabfBr162,
  target: 'certificate',
  ...namesWithout({ list: 'san', tlsOnly: true }, NameFact.underscore, 'contains an underscore'),
};
