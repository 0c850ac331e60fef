/*
 * BRs 1.6.1 (Base Domain Name, Fully-Qualified Domain Name) and 3.2.2.4: a
 * domain the CA validates has a registrable part below the public suffix, so a
 * dNSName (or domain commonName) that is only an IANA TLD ("com") is never
 * acceptable.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_contains_bare_iana_suffix',
  description:
    'DNSNames (and a domain commonName) must not be a bare IANA top-level domain. The TLDs are those of the current root zone: unlike zlint, a bare TLD that has since been removed is not recognised',
  citation: 'BRs: 1.6.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout({ list: 'br', tlsOnly: true }, NameFact.bareIanaTld, 'is a bare IANA top-level domain'),
};
