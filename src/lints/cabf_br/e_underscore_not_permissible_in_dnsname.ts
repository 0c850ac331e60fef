/*
 * BRs 7.1.4.2.1 (1.6.2, Ballot SC12; now 7.1.2.7.12): after 2019-04-01 "CAs
 * SHALL NOT issue ... certificates containing Domain Names with underscore
 * characters", whether or not they were permitted before.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_underscore_not_permissible_in_dnsname',
  description: 'SAN dNSNames must not contain underscore characters (certificates issued from 2019-04-01)',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.underscoreSunset,
  target: 'certificate',
  ...namesWithout({ list: 'san', tlsOnly: true }, NameFact.underscore, 'contains an underscore'),
};
