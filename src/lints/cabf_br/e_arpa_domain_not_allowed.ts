/*
 * BRs 4.2.2 (Ballot SC86, effective 2026-03-15): "CAs SHALL NOT issue
 * Certificates containing Domain Names that end in an IP Reverse Zone Suffix"
 * (.in-addr.arpa or .ip6.arpa).
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import type { CertificateLint } from '../../lint/types.js';
import { RuleDate } from '../../lint/dates.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_arpa_domain_not_allowed',
  description: 'SAN dNSNames must not end in an IP reverse zone suffix (.in-addr.arpa, .ip6.arpa)',
  citation: 'BRs: 4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc86ReverseZoneSuffix,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert),
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.reverseZone, 'ends in an IP reverse zone suffix'),
};
