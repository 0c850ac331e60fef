/*
 * BRs 7.1.2.7.12 with RFC 1035 2.3.4: a DNS label is at most 63 octets.
 * Checked on the SAN dNSNames and a domain commonName.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_label_too_long',
  description: 'DNSName labels (and those of a domain commonName) must be at most 63 octets',
  citation: 'BRs: 7.1.2.7.12; RFC 1035: 2.3.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout({ list: 'br', tlsOnly: true }, NameFact.labelOver63, 'has a label longer than 63 octets'),
};
