/*
 * BRs 7.1.2.7.12 (Ballot SC48, effective 2021-10-01): "Each ... dNSName MUST be
 * a Fully-Qualified Domain Name ... consisting solely of Domain Labels that are
 * P-Labels or Non-Reserved LDH Labels". A label with hyphens in its third and
 * fourth positions is a Reserved LDH Label (RFC 5890 2.3.1) unless it is an
 * xn-- A-label.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_contains_prohibited_reserved_label',
  description:
    "DNSNames must consist of P-Labels or Non-Reserved LDH Labels: no '??--' label other than xn--",
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.noReservedDomainLabels,
  target: 'certificate',
  ...namesWithout(
    { list: 'san', tlsOnly: true },
    NameFact.reservedLabel,
    'has a reserved label (hyphens in positions 3 and 4) that is not an xn-- label',
  ),
};
