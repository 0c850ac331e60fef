/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2) with RFC 1034 3.5: a Fully-Qualified Domain
 * Name in the preferred name syntax has no empty labels (no leading, trailing
 * or doubled dots). Checked on the SAN dNSNames and a domain commonName.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_empty_label',
  description: 'DNSNames (and a domain commonName) must not contain an empty label',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout({ list: 'br', tlsOnly: true }, NameFact.emptyLabel, 'has an empty label'),
};
