/*
 * BRs 7.1.4.2.1 (1.6.2, Ballot SC12; now 7.1.2.7.12): after 2019-04-01 "CAs
 * SHALL NOT issue ... certificates containing Domain Names with underscore
 * characters", whether or not they were permitted before.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsNamesExist, dnsView, noNameWith } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_underscore_not_permissible_in_dnsname',
  description: 'SAN dNSNames must not contain underscore characters (certificates issued from 2019-04-01)',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.underscoreSunset,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert) && dnsNamesExist(cert),
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.underscore, 'contains an underscore'),
};
