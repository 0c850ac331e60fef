/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2) with RFC 1034 3.5: LDH labels do not begin
 * or end with a hyphen. Checks the label just left of the public suffix (the
 * SLD) of each SAN dNSName and a domain commonName; as in zlint, a name that
 * cannot be split around a public suffix makes the lint not applicable.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_hyphen_in_sld',
  description:
    'The registrable label (left of the public suffix) of a dNSName must not begin or end with a hyphen',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true, split: true },
    NameFact.sldHyphenAtEdge,
    'has a hyphen at the start or end of its registrable label',
  ),
};
