/*
 * RFC 5280 4.2.1.6 with RFC 1035 2.3.4: dNSNames are DNS names, whose labels
 * are at most 63 octets.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_rfc_dnsname_label_too_long',
  description: 'SAN dNSName labels must be at most 63 octets',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout({ list: 'san', tlsOnly: false }, NameFact.labelOver63, 'has a label longer than 63 octets'),
};
